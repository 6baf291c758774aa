"""Messages arrive typed; an unknown type or field, or a broken frame, costs nothing else."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from kalshi_auth import KalshiClient
from kalshi_client.ws.models import TickerPayloadMsg
from tests.ws.conftest import NEVER_SECONDS, RunWs
from tools.ws_exchange import FakeKalshiWebSocket


def test_a_ticker_arrives_typed_with_kalshis_field_names(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            sid = sub.sids["ticker"]
            await exchange.ticker("A", "0.5600")
            message = await anext(sub)

        assert (message.type, message.sid, message.seq) == ("ticker", sid, None)
        assert isinstance(message.msg, TickerPayloadMsg) and message.known
        assert message.msg.market_ticker == "A"
        assert message.msg.price_dollars == Decimal("0.56")

    run_ws(scenario)


def test_a_subscription_can_be_left_with_break_and_iterated_again(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            for price in ("0.1000", "0.2000", "0.3000"):
                await exchange.ticker("A", price)
            seen = []
            async for message in sub:
                seen.append(message.msg.price_dollars)
                break
            async for message in sub:
                seen.append(message.msg.price_dollars)
                if len(seen) == 3:
                    break

        assert seen == [Decimal("0.1000"), Decimal("0.2000"), Decimal("0.3000")]

    run_ws(scenario)


def test_an_unknown_field_is_kept(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            await exchange.ticker("A", "0.5600", brand_new_field="hello")
            message = await anext(sub)

        assert message.known and message.msg.additional_properties == {"brand_new_field": "hello"}

    run_ws(scenario)


def test_unknown_types_and_broken_frames_do_not_cost_the_next_message(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            sid = sub.sids["ticker"]
            await exchange.send_raw({"type": "brand_new_type", "sid": sid, "msg": {"x": 1}})
            await exchange.send_raw({"type": "brand_new_type", "msg": {"no": "sid"}})
            await exchange.send_raw("this is not JSON")
            await exchange.send_raw('["not", "an", "object"]')
            await exchange.send_raw({"type": "ticker", "sid": sid, "msg": {"market_ticker": "A"}})  # fields missing
            await exchange.ticker("A", "0.5600")
            unknown, unreadable, ticker = [await anext(sub) for _ in range(3)]

            assert (unknown.type, unknown.known, unknown.msg) == ("brand_new_type", False, {"x": 1})
            assert "unknown message type" in (unknown.problem or "")
            assert unreadable.type == "ticker" and not unreadable.known and unreadable.msg == {"market_ticker": "A"}
            assert ticker.known and ticker.msg.price_dollars == Decimal("0.5600")
            assert ws.unrouted == 1 and ws.unreadable == 2

    run_ws(scenario)


def test_two_tasks_reading_one_subscription_share_its_messages_and_both_end(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            first, second = asyncio.create_task(anext(sub)), asyncio.create_task(anext(sub))
            await asyncio.sleep(0)  # both wait
            await exchange.ticker("A", "0.1000")
            await exchange.ticker("A", "0.2000")
            got = await asyncio.wait_for(asyncio.gather(first, second), NEVER_SECONDS)
            assert sorted(message.msg.price_dollars for message in got) == [Decimal("0.1000"), Decimal("0.2000")]

            waiting = [asyncio.create_task(anext(sub)) for _ in range(2)]
            await asyncio.sleep(0)
        ended = await asyncio.wait_for(asyncio.gather(*waiting, return_exceptions=True), NEVER_SECONDS)

        assert [type(result) for result in ended] == [StopAsyncIteration, StopAsyncIteration]

    run_ws(scenario)


def test_money_that_is_not_a_number_still_arrives_unread(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            await exchange.ticker("A", "abc")
            await exchange.ticker("A", "1..0")
            await exchange.ticker("A", "0.5600")
            first, second, third = [await asyncio.wait_for(anext(sub), NEVER_SECONDS) for _ in range(3)]

            assert (first.known, first.msg["price_dollars"]) == (False, "abc")
            assert "InvalidOperation" in (first.problem or "")
            assert (second.known, second.msg["price_dollars"]) == (False, "1..0")
            assert third.known and third.msg.price_dollars == Decimal("0.5600")

    run_ws(scenario)


def test_odd_ids_and_json_nested_too_deep_are_counted_not_lost_in_a_traceback(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            sub = await ws.subscribe(["ticker"], market_tickers=["A"])
            sid = sub.sids["ticker"]
            await exchange.send_raw("[" * 100_000 + "]" * 100_000)
            await exchange.send_raw({"type": "ticker", "sid": sid, "id": [1], "msg": {"market_ticker": "A"}})
            await exchange.send_raw({"type": "ticker", "sid": sid, "id": {"a": 1}, "msg": {"market_ticker": "A"}})
            await exchange.ticker("A", "0.5600")
            odd_list, odd_dict, ticker = [await asyncio.wait_for(anext(sub), NEVER_SECONDS) for _ in range(3)]

            assert (odd_list.id, odd_dict.id) == (None, None) and not odd_list.known
            assert ticker.known and ws.unreadable == 1

    run_ws(scenario)
