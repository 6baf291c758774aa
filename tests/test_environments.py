"""environment=: Kalshi's recommended hosts by default, the older shared hosts by name."""

from __future__ import annotations

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_auth import ENVIRONMENTS, KalshiClient, KalshiConfigError
from kalshi_client.api.portfolio import get_balance
from tests.conftest import KEY_ID
from tests.fake_exchange import signature_is_valid


@pytest.mark.parametrize(
    ("environment", "base_url"),
    [
        ("production", "https://external-api.kalshi.com/trade-api/v2"),
        ("demo", "https://external-api.demo.kalshi.co/trade-api/v2"),
        ("production-legacy", "https://api.elections.kalshi.com/trade-api/v2"),
        ("demo-legacy", "https://demo-api.kalshi.co/trade-api/v2"),
    ],
)
def test_each_environment_has_its_host(ed25519_key: ed25519.Ed25519PrivateKey, environment: str, base_url: str) -> None:
    assert KalshiClient(key_id=KEY_ID, private_key=ed25519_key, environment=environment).base_url == base_url
    assert ENVIRONMENTS[environment] == base_url


def test_production_is_the_default(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    assert KalshiClient(key_id=KEY_ID, private_key=ed25519_key).base_url == ENVIRONMENTS["production"]


def test_an_unknown_environment_names_the_choices(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    with pytest.raises(KalshiConfigError, match="'staging'.*'production-legacy', 'demo-legacy'"):
        KalshiClient(key_id=KEY_ID, private_key=ed25519_key, environment="staging")


def test_the_signature_does_not_depend_on_the_host(
    ed25519_key: ed25519.Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kalshi_auth.signing.time.time_ns", lambda: 1_767_225_600_000_000_000)
    seen: list[httpx.Request] = []

    def exchange(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"balance": 1, "balance_dollars": "0.01", "portfolio_value": 1, "updated_ts": 1}
        )

    for environment in ENVIRONMENTS:
        client = KalshiClient(
            key_id=KEY_ID,
            private_key=ed25519_key,
            environment=environment,
            httpx_args={"transport": httpx.MockTransport(exchange)},
        )
        get_balance.sync(client=client)

    assert len({request.url.host for request in seen}) == 4
    # Ed25519 signatures are deterministic: one message, one signature, whichever the host.
    assert len({request.headers["KALSHI-ACCESS-SIGNATURE"] for request in seen}) == 1
    for request in seen:
        headers = {name.lower(): value for name, value in request.headers.items()}
        assert signature_is_valid(ed25519_key.public_key(), headers, "GET", "/trade-api/v2/portfolio/balance")
