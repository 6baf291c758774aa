"""Keys, a running fake exchange and scripted clients, shared by the tests."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi_auth import KalshiClient, settings
from kalshi_auth.routes import ASYNC_BACKENDS
from tests.fake_exchange import FakeExchange, running_exchange
from tests.support import KEY_ID, Script, scripted_client

__all__ = ["KEY_ID"]


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: object) -> None:
    """Every async test (``@pytest.mark.anyio``) runs once per async backend, as anyio's plugin does for its loops."""
    marks = [mark.name for mark in getattr(obj, "pytestmark", ())]
    if inspect.iscoroutinefunction(obj) and ("anyio" in marks or collector.get_closest_marker("anyio")):
        pytest.mark.usefixtures("async_backend")(obj)


@pytest.fixture(params=ASYNC_BACKENDS)
def async_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The async backend (``"aiohttp"``, ``"httpx"``) of the clients a test makes without choosing one."""
    backend: str = request.param
    monkeypatch.setattr(settings, "DEFAULT_ASYNC_BACKEND", backend)
    return backend


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def rsa_pem(rsa_key: rsa.RSAPrivateKey) -> bytes:
    """PKCS#8, the format of the key files Kalshi hands out."""
    return rsa_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.fixture
def key_file(tmp_path: Path, rsa_pem: bytes) -> Path:
    path = tmp_path / "kalshi.key"
    path.write_bytes(rsa_pem)
    return path


@pytest.fixture(scope="session")
def ed25519_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


@pytest.fixture
def exchange(rsa_key: rsa.RSAPrivateKey) -> Iterator[FakeExchange]:
    """A fake exchange on loopback that checks signatures against ``rsa_key``."""
    with running_exchange(rsa_key.public_key()) as running:
        yield running


@pytest.fixture
def client(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> Iterator[KalshiClient]:
    """A client pointed at ``exchange``, retries off so each call is one request."""
    with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, max_retries=0) as kalshi:
        yield kalshi


@pytest.fixture
def script() -> Script:
    """A scripted transport: ``script.then(httpx.Response(...), ...)``, then look at ``script.sent``."""
    return Script()


ScriptedClient = Callable[..., KalshiClient]


@pytest.fixture
def scripted(rsa_key: rsa.RSAPrivateKey, script: Script) -> ScriptedClient:
    """``scripted(**options)``: a client signing with ``rsa_key`` whose requests go to ``script``;
    ``scripted(public=True)`` for a keyless one."""

    def build(*, public: bool = False, **options: Any) -> KalshiClient:
        return scripted_client(script, None if public else rsa_key, **options)

    return build
