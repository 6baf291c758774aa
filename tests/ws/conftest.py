"""A fake Kalshi WebSocket exchange on loopback per test, and a client pointed at it.

pytest runs no event loop of its own here, so a test writes its story as ``async def scenario(exchange,
client)`` and hands it to ``run_ws``, which starts the exchange, builds the client, and runs the story
under a generous guard against hangs (not a timing check).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient
from tests.conftest import KEY_ID
from tools.ws_exchange import FakeKalshiWebSocket

Scenario = Callable[[FakeKalshiWebSocket, KalshiClient], Awaitable[None]]
RunWs = Callable[[Scenario], None]
HANG_GUARD_SECONDS = 60


def rest_url(exchange: FakeKalshiWebSocket) -> str:
    """The REST base URL from which the client derives the exchange's WebSocket URL."""
    return exchange.url.replace("ws://", "http://").replace("/trade-api/ws/v2", "/trade-api/v2")


@pytest.fixture
def run_ws(rsa_key: rsa.RSAPrivateKey) -> RunWs:
    def run(scenario: Scenario) -> None:
        async def main() -> None:
            async with FakeKalshiWebSocket(rsa_key.public_key()) as exchange:
                with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=rest_url(exchange)) as client:
                    await asyncio.wait_for(scenario(exchange, client), HANG_GUARD_SECONDS)

        asyncio.run(main())

    return run
