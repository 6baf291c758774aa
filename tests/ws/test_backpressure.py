"""A slow reader never grows memory without bound: each channel's policy decides what gives."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from kalshi_auth import KalshiBackpressureError, KalshiClient, KalshiWebSocketError
from kalshi_auth.ws import Policy
from kalshi_auth.ws.backpressure import policy_for
from tests.ws.conftest import NEVER_SECONDS, RunWs, eventually, get_snapshots
from tools.ws_exchange import FakeKalshiWebSocket


def test_policies_follow_what_the_channel_means() -> None:
    assert policy_for(["ticker"]) is Policy.DROP_OLDEST
    assert policy_for(["orderbook_delta", "ticker"]) is Policy.RESNAPSHOT
    assert policy_for(["fill", "ticker"]) is Policy.NEVER_DROP
    assert policy_for(["a_channel_from_the_future"]) is Policy.NEVER_DROP


def test_a_slow_ticker_reader_gets_the_newest_and_a_count_of_the_rest(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket(queue_size=5) as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            for cent in range(20):
                await exchange.ticker("A", f"0.{cent:02d}00")
            await ws.list_subscriptions()
            prices = [(await anext(sub)).msg.price_dollars for _ in range(5)]

            assert prices == [Decimal(p) for p in ("0.1500", "0.1600", "0.1700", "0.1800", "0.1900")]
            assert sub.dropped == 15

    run_ws(scenario)


def test_fills_are_never_dropped_an_overflow_ends_the_subscription(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket(queue_size=3) as ws:
            sub = await ws.subscribe(["fill"])
            for _ in range(5):
                await exchange.fill("A")
            await ws.list_subscriptions()
            kept = [await anext(sub) for _ in range(3)]

            assert all(message.type == "fill" for message in kept) and sub.dropped == 0
            with pytest.raises(KalshiBackpressureError):
                await anext(sub)
            # Ended on our side, it is unsubscribed on the exchange's too, and takes no more commands.
            await eventually(lambda: any(command["cmd"] == "unsubscribe" for command in exchange.commands))
            assert sub not in ws.subscriptions
            with pytest.raises(KalshiWebSocketError, match="has ended"):
                await sub.update(add_markets=["B"])

    run_ws(scenario)


def test_a_slow_book_reader_gets_a_fresh_snapshot_instead_of_a_backlog(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket(queue_size=4) as ws:
            sub = await ws.subscribe(["orderbook_delta"], market_tickers=["A"])
            for _ in range(10):
                await exchange.delta("A", "yes", "0.4000", "1.00")
            await ws.list_subscriptions()
            await ws.list_subscriptions()  # the get_snapshot the overflow sent is answered by now
            messages = [await anext(sub) for _ in range(len(sub._queue))]

            snapshots = [m for m in messages if m.type == "orderbook_snapshot"]
            assert snapshots and snapshots[-1].msg.yes_dollars_fp == [["0.4000", "20.00"]]
            assert sub.dropped > 0
            assert any(c["params"].get("action") == "get_snapshot" for c in exchange.commands)

    run_ws(scenario)


def test_a_slow_book_reader_whose_fresh_snapshot_overflows_again_gets_another(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket(queue_size=4) as ws:
            sub = await ws.subscribe(["orderbook_delta"], market_tickers=["A"])
            exchange.behind_next_snapshot("A", 10)  # the fresh snapshot, then more than the queue holds at once
            for _ in range(10):
                await exchange.delta("A", "yes", "0.4000", "1.00")
            await eventually(lambda: get_snapshots(exchange) == 2)
            await ws.list_subscriptions()  # the second snapshot is in by now
            while len(sub._queue):
                await anext(sub)
            await exchange.delta("A", "yes", "0.5000", "1.00")
            message = await asyncio.wait_for(anext(sub), NEVER_SECONDS)

            assert message.type == "orderbook_delta" and message.msg.price_dollars == Decimal("0.5000")

    run_ws(scenario)
