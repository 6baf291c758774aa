"""Every way out is signed: proxies (given or from the environment), mounts, TLS options, a user's transport."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient, KalshiConfigError, KalshiConnectionError, KalshiTimeoutError
from kalshi_client.api.order_groups import get_order_groups, reset_order_group
from tests.conftest import KEY_ID, ScriptedClient
from tests.fake_exchange import Answer, FakeExchange, running_exchange
from tests.support import Script, is_signed, make_certificates

#: A host that does not resolve: a request reaches it only through the proxy.
UNREACHABLE = "http://exchange.invalid/trade-api/v2"


@pytest.fixture
def proxy(rsa_key: rsa.RSAPrivateKey) -> Iterator[FakeExchange]:
    """A forward proxy on loopback that answers for the exchange and checks each request's signature."""
    with running_exchange(rsa_key.public_key()) as running:
        yield running


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def client_for(rsa_key: rsa.RSAPrivateKey, base_url: str = UNREACHABLE, **options: object) -> KalshiClient:
    return KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=base_url, max_retries=0, **options)  # type: ignore[arg-type]


def assert_proxied_and_signed(proxy: FakeExchange, count: int) -> None:
    assert len(proxy.received) == count
    assert all(r.proxied_to == "exchange.invalid" and r.signature_valid for r in proxy.received)


def test_an_explicit_proxy_is_signed(proxy: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    with client_for(rsa_key, httpx_args={"proxy": proxy.root}) as client:
        get_order_groups.sync(client=client)
        reset_order_group.sync("og-1", client=client)

    assert_proxied_and_signed(proxy, 2)


@pytest.mark.anyio
async def test_an_explicit_proxy_is_signed_async(proxy: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    async with client_for(rsa_key, httpx_args={"proxy": httpx.Proxy(proxy.root)}) as client:
        await get_order_groups.asyncio(client=client)

    assert_proxied_and_signed(proxy, 1)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_proxies_from_the_environment_are_signed(
    proxy: FakeExchange, rsa_key: rsa.RSAPrivateKey, no_proxy_env: pytest.MonkeyPatch, variable: str
) -> None:
    no_proxy_env.setenv(variable, proxy.root)

    with client_for(rsa_key) as client:
        get_order_groups.sync(client=client)

    assert_proxied_and_signed(proxy, 1)


@pytest.mark.anyio
async def test_proxies_from_the_environment_are_signed_async(
    proxy: FakeExchange, rsa_key: rsa.RSAPrivateKey, no_proxy_env: pytest.MonkeyPatch
) -> None:
    no_proxy_env.setenv("HTTP_PROXY", proxy.root)

    async with client_for(rsa_key) as client:
        await get_order_groups.asyncio(client=client)

    assert_proxied_and_signed(proxy, 1)


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "*", "localhost,127.0.0.1"])
def test_no_proxy_and_trust_env_false_go_direct(
    exchange: FakeExchange,
    proxy: FakeExchange,
    rsa_key: rsa.RSAPrivateKey,
    no_proxy_env: pytest.MonkeyPatch,
    no_proxy: str,
) -> None:
    no_proxy_env.setenv("HTTP_PROXY", proxy.root)
    no_proxy_env.setenv("NO_PROXY", no_proxy)
    with client_for(rsa_key, exchange.base_url) as client:
        get_order_groups.sync(client=client)
    no_proxy_env.delenv("NO_PROXY")
    with client_for(rsa_key, exchange.base_url, httpx_args={"trust_env": False}) as client:
        get_order_groups.sync(client=client)

    assert proxy.received == []
    assert len(exchange.received) == 2 and all(r.signature_valid for r in exchange.received)


def test_a_mount_is_signed(proxy: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    mounts = {"http://exchange.invalid": httpx.HTTPTransport(proxy=proxy.root)}

    with client_for(rsa_key, httpx_args={"mounts": mounts}) as client:
        get_order_groups.sync(client=client)

    assert_proxied_and_signed(proxy, 1)


@pytest.mark.anyio
async def test_an_async_mount_is_given_in_async_httpx_args(proxy: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    sync_mounts = {"http://exchange.invalid": httpx.HTTPTransport(proxy=proxy.root)}
    async_mounts = {"http://exchange.invalid": httpx.AsyncHTTPTransport(proxy=proxy.root)}
    client = client_for(rsa_key, httpx_args={"mounts": sync_mounts}, async_httpx_args={"mounts": async_mounts})

    async with client:
        await get_order_groups.asyncio(client=client)
    get_order_groups.sync(client=client)

    assert_proxied_and_signed(proxy, 2)


@pytest.mark.anyio
async def test_a_sync_only_transport_for_the_async_client_says_what_to_do(rsa_key: rsa.RSAPrivateKey) -> None:
    client = client_for(rsa_key, httpx_args={"transport": httpx.HTTPTransport()})

    with pytest.raises(KalshiConfigError, match="async_httpx_args"):
        await get_order_groups.asyncio(client=client)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_users_transport_is_signed(
    scripted: ScriptedClient, script: Script, rsa_key: rsa.RSAPrivateKey, kind: str
) -> None:
    script.then(httpx.Response(200, json={"order_groups": []}))
    client = scripted()

    if kind == "sync":
        get_order_groups.sync(client=client)
    else:
        import asyncio

        asyncio.run(get_order_groups.asyncio(client=client))

    assert is_signed(script.sent[0], rsa_key)


def test_limits_reach_the_pool(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    """One connection at most, and no time to wait for it: a second call meanwhile cannot get one."""
    import threading

    exchange.answer(Answer(200, {"order_groups": []}, delay=1.0))
    limits = httpx.Limits(max_connections=1)
    client = client_for(rsa_key, exchange.base_url, httpx_args={"limits": limits}, timeout=httpx.Timeout(5, pool=0.1))
    first = threading.Thread(target=get_order_groups.sync, kwargs={"client": client})
    first.start()
    while not exchange.received:
        threading.Event().wait(0.01)

    with pytest.raises(KalshiTimeoutError, match="PoolTimeout"):
        get_order_groups.sync(client=client)
    first.join()


def test_http2_without_h2_is_a_config_error(rsa_key: rsa.RSAPrivateKey) -> None:
    if importlib.util.find_spec("h2") is not None:
        pytest.skip("h2 is installed: http2=True works")
    with pytest.raises(KalshiConfigError, match="'h2' package"):
        client_for(rsa_key, httpx_args={"http2": True})


def test_tls_verify_with_a_ca_and_unverified_fails(tmp_path: Path, rsa_key: rsa.RSAPrivateKey) -> None:
    certificates = make_certificates(tmp_path)
    with running_exchange(rsa_key.public_key(), tls=certificates.server) as exchange:
        with client_for(rsa_key, exchange.base_url, verify_ssl=certificates.client_context()) as client:
            get_order_groups.sync(client=client)
        with client_for(rsa_key, exchange.base_url, httpx_args={"verify": certificates.client_context()}) as client:
            get_order_groups.sync(client=client)
        with (
            client_for(rsa_key, exchange.base_url) as client,
            pytest.raises(KalshiConnectionError, match="CERTIFICATE"),
        ):
            get_order_groups.sync(client=client)

    assert len(exchange.received) == 2 and all(r.signature_valid for r in exchange.received)


@pytest.mark.anyio
async def test_tls_verify_async(tmp_path: Path, rsa_key: rsa.RSAPrivateKey) -> None:
    certificates = make_certificates(tmp_path)
    with running_exchange(rsa_key.public_key(), tls=certificates.server) as exchange:
        async with client_for(rsa_key, exchange.base_url, verify_ssl=certificates.client_context()) as client:
            await get_order_groups.asyncio(client=client)

    assert exchange.received[0].signature_valid


def test_unknown_httpx_options_are_config_errors(rsa_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(KalshiConfigError, match="not an httpx.Client option"):
        client_for(rsa_key, httpx_args={"proxies": "http://x"})
    with pytest.raises(KalshiConfigError, match="pass headers=... to KalshiClient itself"):
        client_for(rsa_key, httpx_args={"headers": {}})
