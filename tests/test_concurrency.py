"""One client, many threads and event loops: pools are built once, and each loop gets its own."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient, routes
from kalshi_client.api.order_groups import get_order_groups
from tests.conftest import KEY_ID
from tests.fake_exchange import FakeExchange

THREADS = 32


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kinds of base transports (connection pools) built, in order."""
    kinds: list[str] = []
    make_sync, make_async = routes.new_sync_transport, routes.new_async_transport

    def sync(**options: Any) -> httpx.BaseTransport:
        kinds.append("sync")
        return make_sync(**options)

    def async_(**options: Any) -> httpx.AsyncBaseTransport:
        kinds.append("async")
        return make_async(**options)

    monkeypatch.setattr(routes, "new_sync_transport", sync)
    monkeypatch.setattr(routes, "new_async_transport", async_)
    return kinds


def test_32_threads_making_their_first_call_at_once_build_one_pool(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, built: list[str]
) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url)
    start = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def first_call() -> None:
        start.wait()
        try:
            get_order_groups.sync(client=client)
        except Exception as exc:  # noqa: BLE001  # collected, so the test shows it
            errors.append(exc)

    threads = [threading.Thread(target=first_call) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert built == ["sync"]
    assert len(exchange.received) == THREADS and all(r.signature_valid for r in exchange.received)


def test_one_client_across_successive_event_loops(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, built: list[str]
) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url)

    async def calls() -> None:
        await get_order_groups.asyncio(client=client)
        await get_order_groups.asyncio(client=client)

    asyncio.run(calls())
    asyncio.run(calls())

    assert built == ["async", "async"]  # one pool per loop, reused within it
    assert len(exchange.received) == 4


def test_async_with_in_each_loop(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url)

    async def session() -> None:
        async with client:
            await get_order_groups.asyncio(client=client)

    for _ in range(3):
        asyncio.run(session())

    assert len(exchange.received) == 3


def test_derived_clients_share_the_pool_and_build_no_other(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, built: list[str]
) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url)
    derived = [
        client.with_headers({"X-Trace": "1"}),
        client.with_cookies({"c": "1"}),
        client.with_timeout(httpx.Timeout(3)),
        client.with_options(deadline=5, max_retries=0),
    ]

    for each in [client, *derived]:
        get_order_groups.sync(client=each)

    assert built == ["sync"]
    assert exchange.received[1].headers["x-trace"] == "1"
    assert "c=1" in exchange.received[2].headers["cookie"]


def test_changing_routes_builds_new_pools(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, built: list[str]) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url)
    get_order_groups.sync(client=client)
    get_order_groups.sync(client=client.with_options(httpx_args={"limits": httpx.Limits(max_connections=2)}))

    assert built == ["sync", "sync"]


def test_close_and_aclose_release_connections_and_the_client_still_works(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url)
    get_order_groups.sync(client=client)
    client.close()
    get_order_groups.sync(client=client)

    async def twice() -> None:
        await get_order_groups.asyncio(client=client)
        await client.aclose()
        await get_order_groups.asyncio(client=client)
        await client.aclose()

    asyncio.run(twice())
    client.close()

    assert len(exchange.received) == 4
