"""subscribe, update_subscription, unsubscribe and list_subscriptions: each with its own id and answer."""

from __future__ import annotations

import asyncio
import gc
from decimal import Decimal

import pytest

from kalshi_auth import KalshiClient, KalshiTimeoutError, KalshiWebSocketError
from kalshi_auth.ws import KalshiWebSocket, Subscription
from tests.ws.conftest import RunWs, eventually
from tools.ws_exchange import FakeKalshiWebSocket


def test_subscribe_returns_after_kalshi_acknowledged_every_channel(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker", "trade"], market_tickers=["A", "B"])

            assert set(sub.sids) == {"ticker", "trade"}
            assert await ws.list_subscriptions() == [
                {"channel": "ticker", "sid": sub.sids["ticker"]},
                {"channel": "trade", "sid": sub.sids["trade"]},
            ]
        sent = exchange.commands[0]
        assert sent["cmd"] == "subscribe"
        assert sent["params"] == {"channels": ["ticker", "trade"], "market_tickers": ["A", "B"]}

    run_ws(scenario)


def test_every_command_has_its_own_id(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_ticker="A")
            await sub.update(add_markets=["B"])
            await ws.list_subscriptions()
            await sub.unsubscribe()
        ids = [command["id"] for command in exchange.commands]
        assert len(set(ids)) == len(ids) == 4 and all(isinstance(i, int) and i > 0 for i in ids)

    run_ws(scenario)


def test_an_error_frame_raises_from_the_command_it_answers(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            with pytest.raises(KalshiWebSocketError) as caught:
                await ws.subscribe(["no_such_channel"])
            sub = await ws.subscribe(["ticker"])  # the connection carries on

            assert caught.value.code == 8 and caught.value.command == "subscribe"
            assert "unknown channel" in str(caught.value)
            exchange.fail_next("update_subscription", 26)
            with pytest.raises(KalshiWebSocketError) as caught:
                await sub.update(add_markets=["A"])
            assert caught.value.code == 26

    run_ws(scenario)


def test_update_adds_and_removes_markets(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            sid = sub.sids["ticker"]
            await sub.update(add_markets=["B", "C"])
            await sub.update(delete_markets=["A"])
            await exchange.ticker("A", "0.1000")
            await exchange.ticker("C", "0.3000")
            message = await anext(sub)

            assert sub.markets == ["B", "C"]
            assert message.msg.market_ticker == "C"
        update = exchange.commands[1]
        assert update["cmd"] == "update_subscription"
        assert update["params"] == {"sid": sid, "action": "add_markets", "market_tickers": ["B", "C"]}

    run_ws(scenario)


def test_unsubscribe_ends_the_iteration_after_what_arrived(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            await exchange.ticker("A", "0.1000")
            await ws.list_subscriptions()  # the ticker is in once this is answered
            await sub.unsubscribe()

            assert [message.msg.price_dollars async for message in sub] == [Decimal("0.1000")]
            assert await ws.list_subscriptions() == []

    run_ws(scenario)


def test_a_command_nobody_answers_times_out(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket(command_timeout=0.2) as ws:
            exchange.fail_next("list_subscriptions", None)
            with pytest.raises(KalshiTimeoutError):
                await ws.list_subscriptions()

    run_ws(scenario)


def test_a_subscription_kalshi_ends_raises_its_error_from_iteration(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"])
            await exchange.end_subscriptions("ticker", code=10)

            with pytest.raises(KalshiWebSocketError) as caught:
                await anext(sub)
            assert caught.value.code == 10 and not sub.active

    run_ws(scenario)


async def subscribe_then_give_up(exchange: FakeKalshiWebSocket, ws: KalshiWebSocket) -> asyncio.Task[Subscription]:
    """A subscribe its caller cancels while the exchange holds the answer, which then comes."""
    release = exchange.hold("subscribe")
    subscribing = asyncio.create_task(ws.subscribe(["ticker"], market_tickers=["A"]))
    await eventually(lambda: any(command["cmd"] == "subscribe" for command in exchange.commands))
    subscribing.cancel()
    await asyncio.wait([subscribing])
    release.set()
    return subscribing


def test_a_cancelled_subscribe_answered_late_is_unsubscribed(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            subscribing = await subscribe_then_give_up(exchange, ws)
            await eventually(lambda: any(command["cmd"] == "unsubscribe" for command in exchange.commands))
            await ws.list_subscriptions()  # the unsubscribe was answered by now

            assert await ws.list_subscriptions() == [] and ws.subscriptions == []
            assert subscribing.cancelled()

    run_ws(scenario)


def test_a_cancelled_subscribe_refused_late_leaves_no_unretrieved_exception(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        problems: list[str] = []
        asyncio.get_running_loop().set_exception_handler(lambda loop, context: problems.append(context["message"]))
        async with client.websocket() as ws:
            exchange.fail_next("subscribe", 8)
            subscribing = await subscribe_then_give_up(exchange, ws)
            await ws.list_subscriptions()  # the error frame came first
            del subscribing
            gc.collect()  # an exception nobody retrieved is reported when its future goes

        assert problems == []

    run_ws(scenario)
