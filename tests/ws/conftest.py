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
#: How long a test waits for something a bug would make never happen (not a timing check: it fails the test).
NEVER_SECONDS = 5.0


def rest_url(exchange: FakeKalshiWebSocket) -> str:
    """The REST base URL from which the client derives the exchange's WebSocket URL."""
    return exchange.url.replace("ws://", "http://").replace("/trade-api/ws/v2", "/trade-api/v2")


async def eventually(condition: Callable[[], bool]) -> None:
    """Return once ``condition()`` holds; a ``TimeoutError`` (the test fails) if it never does."""

    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), NEVER_SECONDS)


def get_snapshots(exchange: FakeKalshiWebSocket) -> int:
    """How many get_snapshot commands the exchange received."""
    return sum(command.get("params", {}).get("action") == "get_snapshot" for command in exchange.commands)


@pytest.fixture
def run_ws(rsa_key: rsa.RSAPrivateKey) -> RunWs:
    def run(scenario: Scenario) -> None:
        async def main() -> None:
            async with FakeKalshiWebSocket(rsa_key.public_key()) as exchange:
                with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=rest_url(exchange)) as client:
                    await asyncio.wait_for(scenario(exchange, client), HANG_GUARD_SECONDS)

        asyncio.run(main())

    return run
