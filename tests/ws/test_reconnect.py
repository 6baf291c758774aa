"""A dropped or silent connection comes back by itself, with every subscription; close() ends cleanly."""

from __future__ import annotations

import asyncio
import random
from decimal import Decimal

import pytest

from kalshi_auth import KalshiClient, KalshiConnectionError, KalshiTimeoutError
from tests.ws.conftest import NEVER_SECONDS, RunWs, eventually
from tools.ws_exchange import FakeKalshiWebSocket


def test_iteration_goes_on_across_a_dropped_connection(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        seen: list[int] = []
        reconnected = asyncio.Event()

        def on_reconnect(count: int) -> None:
            seen.append(count)
            reconnected.set()

        async with client.websocket(on_reconnect=on_reconnect) as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            await sub.update(add_markets=["B"])
            await exchange.drop()
            await reconnected.wait()
            await ws.list_subscriptions()  # restored by now: the restore's subscribe went first
            await exchange.ticker("B", "0.2000")
            message = await anext(sub)

            assert message.msg.market_ticker == "B"
            assert ws.reconnects == 1 and seen == [1]
        subscribes = [command["params"] for command in exchange.commands if command["cmd"] == "subscribe"]
        assert subscribes[-1] == {"channels": ["ticker"], "market_tickers": ["A", "B"]}

    run_ws(scenario)


def test_a_book_starts_over_from_a_snapshot_after_a_reconnect(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            await exchange.drop()
            exchange.set_book("A", yes={"0.4000": "7.00"})  # what changed while the connection was down
            await book.changed()

            assert book.yes == {Decimal("0.40"): Decimal(7)} and ws.reconnects == 1

    run_ws(scenario)


def test_a_connection_that_stops_answering_pings_is_replaced(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        reconnected = asyncio.Event()
        async with client.websocket(ping_interval=0.05, ping_timeout=0.1, on_reconnect=lambda n: reconnected.set()):
            exchange.freeze()
            await reconnected.wait()
        assert exchange.handshakes == 2

    run_ws(scenario)


def test_leaving_async_with_ends_iteration_cleanly(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"])
            await exchange.ticker("A", "0.1000")
            await ws.list_subscriptions()

        assert [message.msg.market_ticker async for message in sub] == ["A"]
        assert not ws.connected
        with pytest.raises(KalshiConnectionError):
            await ws.subscribe(["ticker"])

    run_ws(scenario)


def test_close_wakes_a_reader_that_is_waiting(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"])
            reader = asyncio.create_task(anext(sub))
            await asyncio.sleep(0)
            await ws.close()

            with pytest.raises(StopAsyncIteration):
                await reader

    run_ws(scenario)


def test_without_reconnect_a_drop_ends_the_streams(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket(reconnect=False) as ws:
            sub = await ws.subscribe(["ticker"])
            await exchange.drop()

            with pytest.raises(KalshiConnectionError):
                await anext(sub)

    run_ws(scenario)


def test_a_resubscribe_left_unanswered_ends_that_subscription_and_the_others_come_back(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket(command_timeout=0.5) as ws:
            a = await ws.subscribe(["ticker"], market_tickers=["A"])
            b = await ws.subscribe(["ticker"], market_tickers=["B"])
            exchange.fail_next("subscribe", None)  # the first subscribe after the drop is never answered
            await exchange.drop()

            with pytest.raises(KalshiTimeoutError):
                await asyncio.wait_for(anext(a), NEVER_SECONDS)
            await eventually(lambda: bool(b.sids))
            await exchange.ticker("B", "0.2200")
            message = await asyncio.wait_for(anext(b), NEVER_SECONDS)

            assert message.msg.market_ticker == "B" and ws.subscriptions == [b]

    run_ws(scenario)


def test_a_server_that_keeps_dropping_right_after_the_handshake_sees_growing_waits(
    run_ws: RunWs, monkeypatch: pytest.MonkeyPatch
) -> None:
    bounds: list[float] = []

    def no_wait(low: float, high: float) -> float:  # the waits' bounds, without waiting them
        bounds.append(high)
        return 0.0

    monkeypatch.setattr(random, "uniform", no_wait)

    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            exchange.drop_after_subscribe(4)  # each resubscribe is answered, then the connection goes
            await exchange.drop()
            await eventually(lambda: ws.reconnects == 5 and bool(sub.sids))

        assert bounds == [0.5, 1.0, 2.0, 4.0, 8.0]

    run_ws(scenario)


def test_close_leaves_no_task_of_the_websocket_running(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        def ours() -> list[asyncio.Task[object]]:
            return [
                task
                for task in asyncio.all_tasks()
                if not task.done() and task.get_coro().__qualname__.startswith("KalshiWebSocket.")  # type: ignore[union-attr]
            ]

        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            exchange.fail_next("update_subscription", None)  # the re-sync's get_snapshot waits for an answer
            exchange.gap("A")
            await exchange.delta("A", "yes", "0.4100", "1.00")
            await eventually(lambda: not book.synced and bool(ours()))
        assert ours() == []

    run_ws(scenario)
