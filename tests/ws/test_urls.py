"""Where client.websocket() connects: derived from the client's REST base URL."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient, KalshiConfigError
from kalshi_auth.ws import WEBSOCKET_HOSTS, websocket_url


@pytest.mark.parametrize(
    ("rest", "ws"),
    [
        ("https://external-api.kalshi.com/trade-api/v2", "wss://external-api-ws.kalshi.com/trade-api/ws/v2"),
        ("https://api.elections.kalshi.com/trade-api/v2", "wss://external-api-ws.kalshi.com/trade-api/ws/v2"),
        ("https://external-api.demo.kalshi.co/trade-api/v2", "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2"),
        ("https://demo-api.kalshi.co/trade-api/v2", "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2"),
        ("http://127.0.0.1:4010/trade-api/v2", "ws://127.0.0.1:4010/trade-api/ws/v2"),
        ("https://proxy.example/kalshi/trade-api/v2/", "wss://proxy.example/kalshi/trade-api/ws/v2"),
    ],
)
def test_the_websocket_url_follows_the_rest_base_url(rest: str, ws: str) -> None:
    assert websocket_url(rest) == ws


def test_every_kalshi_rest_host_maps_to_a_recommended_websocket_host() -> None:
    assert set(WEBSOCKET_HOSTS.values()) == {"external-api-ws.kalshi.com", "external-api-ws.demo.kalshi.co"}


@pytest.mark.parametrize("environment", ["production", "demo"])
def test_a_named_environment_streams_from_kalshis_websocket_host(rsa_key: rsa.RSAPrivateKey, environment: str) -> None:
    with KalshiClient(key_id="k", private_key=rsa_key, environment=environment) as client:
        ws = client.websocket()

    assert ws.url.startswith("wss://external-api-ws.") and ws.url.endswith("/trade-api/ws/v2")
    assert ("demo" in ws.url) == (environment == "demo")


def test_url_overrides_the_derived_one(rsa_key: rsa.RSAPrivateKey) -> None:
    with KalshiClient(key_id="k", private_key=rsa_key) as client:
        assert client.websocket(url="ws://127.0.0.1:9/trade-api/ws/v2").url == "ws://127.0.0.1:9/trade-api/ws/v2"


@pytest.mark.parametrize("url", ["https://host/trade-api/ws/v2", "wss://host/trade-api/ws/v2?x=1", "not a url"])
def test_a_url_that_is_not_a_websocket_url_is_refused_at_once(rsa_key: rsa.RSAPrivateKey, url: str) -> None:
    with KalshiClient(key_id="k", private_key=rsa_key) as client, pytest.raises(KalshiConfigError):
        client.websocket(url=url)


@pytest.mark.parametrize("options", [{"queue_size": 0}, {"command_timeout": 0}, {"open_timeout": -1}])
def test_bad_options_are_refused_at_once(rsa_key: rsa.RSAPrivateKey, options: dict[str, Any]) -> None:
    with KalshiClient(key_id="k", private_key=rsa_key) as client, pytest.raises(KalshiConfigError):
        client.websocket(**options)
