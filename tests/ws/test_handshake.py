"""The handshake is signed like REST, afresh on each connection; a refused key is not retried in a loop."""

from __future__ import annotations

import asyncio

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_auth import AuthenticationError, KalshiClient, KalshiConfigError, PermissionDeniedError, ServerError
from tests.ws.conftest import RunWs, rest_url
from tools.ws_exchange import FakeKalshiWebSocket


def test_a_signed_handshake_is_accepted(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            assert ws.connected
        assert exchange.handshakes == 1 and len(exchange.timestamps) == 1

    run_ws(scenario)


def test_an_ed25519_key_signs_the_handshake_too(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    async def main() -> None:
        async with FakeKalshiWebSocket(ed25519_key.public_key()) as exchange:
            with KalshiClient(key_id="k", private_key=ed25519_key, base_url=rest_url(exchange)) as client:
                async with client.websocket() as ws:
                    assert ws.connected

    asyncio.run(main())


def test_a_wrong_key_raises_authentication_error_on_entry_once(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        other = ed25519.Ed25519PrivateKey.generate()
        stranger = KalshiClient(key_id="k", private_key=other, base_url=rest_url(exchange))
        with stranger, pytest.raises(AuthenticationError) as caught:
            async with stranger.websocket():
                pass
        assert caught.value.status_code == 401
        assert exchange.handshakes == 1  # not retried

    run_ws(scenario)


@pytest.mark.parametrize(
    ("status", "error"), [(401, AuthenticationError), (403, PermissionDeniedError), (503, ServerError)]
)
def test_a_refused_handshake_raises_the_rest_clients_error(run_ws: RunWs, status: int, error: type[Exception]) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.refusals.append(status)
        with pytest.raises(error):
            async with client.websocket():
                pass
        assert exchange.handshakes == 1

    run_ws(scenario)


def test_each_reconnect_signs_a_fresh_handshake(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        reconnected = asyncio.Event()
        async with client.websocket(on_reconnect=lambda n: reconnected.set()) as ws:
            await asyncio.sleep(0.002)  # a later millisecond for the second signature
            await exchange.drop()
            await reconnected.wait()
            assert ws.reconnects == 1
        assert len(exchange.timestamps) == 2 and exchange.timestamps[0] != exchange.timestamps[1]

    run_ws(scenario)


def test_a_401_on_reconnect_ends_the_streams_with_authentication_error(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"])
            exchange.refusals.append(401)
            await exchange.drop()
            with pytest.raises(AuthenticationError):
                await anext(sub)
        assert exchange.handshakes == 2  # the first, and the refused one: no loop

    run_ws(scenario)


def test_a_public_client_has_no_websocket_because_kalshi_signs_every_connection() -> None:
    public = KalshiClient.public(base_url="http://127.0.0.1:9/trade-api/v2")
    with public, pytest.raises(KalshiConfigError, match="needs an API key"):
        public.websocket()
