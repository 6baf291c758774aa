"""kalshi_auth's public names load on first use, and the generated code stays light.

``kalshi_auth/__init__.py`` imports nothing up front (PEP 562): its ``__all__`` is the
public list, ``_LAZY`` says where each name lives. A user of the unsigned generated
``Client`` (public market data) then never loads ``cryptography``, ``anyio`` (the client's async deadlines) or ``websockets``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import kalshi_auth

HEAVY = ("cryptography", "anyio", "websockets")


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in kalshi_auth.__all__:
        assert getattr(kalshi_auth, name) is not None, name
    assert set(kalshi_auth.__all__) <= set(dir(kalshi_auth))
    assert len(set(kalshi_auth.__all__)) == len(kalshi_auth.__all__)


def test_the_lazy_table_has_no_stale_or_missing_entry() -> None:
    assert set(kalshi_auth._LAZY) == set(kalshi_auth.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        _ = kalshi_auth.NoSuchThing
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("kalshi_auth.NoSuchThing resolved")


def loaded_after(code: str) -> dict[str, bool]:
    """Which heavy modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    result: dict[str, bool] = json.loads(out.splitlines()[-1])
    return result


def test_the_unsigned_client_and_an_endpoint_load_no_cryptography_and_no_retries() -> None:
    code = "from kalshi_client import Client\nfrom kalshi_client.api.market import get_markets"

    assert loaded_after(code) == dict.fromkeys(HEAVY, False)


def test_importing_kalshi_auth_and_its_errors_loads_nothing_heavy() -> None:
    assert loaded_after("import kalshi_auth\nfrom kalshi_auth import KalshiError, KalshiPathError") == dict.fromkeys(
        HEAVY, False
    )


def test_the_signing_client_still_loads_what_it_needs() -> None:
    assert loaded_after("from kalshi_auth import KalshiClient")["cryptography"] is True
