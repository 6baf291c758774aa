"""Local order books: snapshot plus deltas by seq, Decimal levels, never shown across a gap."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from kalshi_auth import KalshiBookOutOfSyncError, KalshiClient, KalshiWebSocketError
from kalshi_auth.ws import Level, OrderBook
from tests.ws.conftest import NEVER_SECONDS, RunWs, get_snapshots
from tools.ws_exchange import FakeKalshiWebSocket

D = Decimal


async def out_of_sync(book: OrderBook) -> None:
    while book.synced:
        await asyncio.sleep(0)


async def until_updates(book: OrderBook, updates: int) -> None:
    """Wait until ``book`` applied ``updates`` messages (snapshots and deltas)."""
    while book.updates < updates:
        await book.changed()


async def until_whole_after(book: OrderBook, *, resyncs: int) -> None:
    """Wait until ``book`` was rebuilt ``resyncs`` times and is whole again."""
    while book.resyncs < resyncs or not book.synced:
        await book.changed()


def test_a_book_starts_from_its_snapshot_in_decimal(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00", "0.4150": "2.50"}, no={"0.5500": "5.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")

            assert book.yes == {D("0.40"): D("10"), D("0.415"): D("2.5")}
            assert book.no == {D("0.55"): D("5")}
            assert book.best_yes_bid == Level(D("0.415"), D("2.5"))
            assert book.best_yes_ask == Level(D("0.45"), D("5"))  # the other face of the 0.55 no bid
            assert book.best_no_bid == Level(D("0.55"), D("5")) and book.best_no_ask == Level(D("0.585"), D("2.5"))
            assert await ws.order_book("A") is book
        assert exchange.commands[0]["params"] == {
            "channels": ["orderbook_delta"],
            "use_yes_price": True,
            "market_tickers": ["A"],
        }

    run_ws(scenario)


def test_deltas_change_levels_and_a_level_at_zero_goes(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            for side, price, delta in [
                ("yes", "0.4000", "-4.00"),
                ("no", "0.5500", "3.00"),
                ("yes", "0.4000", "-6.00"),
            ]:
                await exchange.delta("A", side, price, delta)
                await book.changed()

            assert book.yes == {} and book.no == {D("0.55"): D("3")}
            assert book.best_yes_bid is None and book.best_no_ask is None
            assert book.updates == 4  # the snapshot and three deltas

    run_ws(scenario)


def test_a_seq_gap_brings_a_fresh_snapshot(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            exchange.gap("A")
            await exchange.delta("A", "yes", "0.4100", "1.00")  # arrives after a lost message
            await book.changed()

            assert book.yes == {D("0.40"): D("10"), D("0.41"): D("1")}  # from the new snapshot
            assert book.resyncs == 1
            get_snapshot = exchange.commands[-1]["params"]
            assert get_snapshot == {"sid": get_snapshot["sid"], "action": "get_snapshot", "market_tickers": ["A"]}

    run_ws(scenario)


def test_a_book_out_of_sync_is_never_shown(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket(command_timeout=0.5) as ws:
            book = await ws.order_book("A")
            exchange.gap("A")
            exchange.fail_next("update_subscription", None)  # get_snapshot goes unanswered
            await exchange.delta("A", "yes", "0.4100", "1.00")
            await out_of_sync(book)

            with pytest.raises(KalshiBookOutOfSyncError):
                _ = book.yes
            with pytest.raises(KalshiBookOutOfSyncError):
                _ = book.best_yes_bid
            await book.changed()  # no answer: the book's subscription starts over, with a snapshot

            assert book.yes == {D("0.40"): D("10"), D("0.41"): D("1")}
            assert [command["cmd"] for command in exchange.commands[-2:]] == ["unsubscribe", "subscribe"]

    run_ws(scenario)


def test_a_delta_that_does_not_fit_the_book_brings_a_fresh_snapshot(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            exchange.set_book("A", yes={"0.4000": "20.00"})  # a change the client never heard of
            await exchange.delta("A", "yes", "0.4000", "-15.00")  # 10 - 15 < 0
            await book.changed()

            assert book.yes == {D("0.40"): D("5")} and book.resyncs == 1

    run_ws(scenario)


def test_a_book_whose_subscription_kalshi_ends_is_subscribed_again(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            await exchange.end_subscriptions("orderbook_delta", code=25)
            await book.changed()

            assert book.synced and book.yes == {D("0.40"): D("10")}
            assert [command["cmd"] for command in exchange.commands].count("subscribe") == 2

    run_ws(scenario)


def test_a_users_book_stream_holds_deltas_back_from_a_gap_to_the_next_snapshot(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            sub = await ws.subscribe(["orderbook_delta"], market_tickers=["A"])
            await exchange.delta("A", "yes", "0.4000", "1.00")
            exchange.gap("A")
            await exchange.delta("A", "yes", "0.4000", "1.00")  # after the gap: held back
            kinds = [(await anext(sub)).type for _ in range(3)]
            await exchange.delta("A", "yes", "0.4000", "1.00")
            after = await anext(sub)

            assert kinds == ["orderbook_snapshot", "orderbook_delta", "orderbook_snapshot"]
            assert after.type == "orderbook_delta" and sub.gaps == 1

    run_ws(scenario)


def test_deltas_of_one_exchange_action_share_a_clock_and_all_apply(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            await exchange.delta("A", "yes", "0.4000", "-10.00", clock=5000)
            await exchange.delta("A", "no", "0.6000", "10.00", clock=5000)
            while book.updates < 3:
                await book.changed()

            assert book.yes == {} and book.no == {D("0.60"): D("10")} and book.clock == 5000

    run_ws(scenario)


def test_a_loss_right_behind_the_fresh_snapshot_brings_another(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            exchange.behind_next_snapshot("A", 1, gap=True)  # the fresh snapshot, then another lost message
            exchange.gap("A")
            await exchange.delta("A", "yes", "0.4100", "1.00")
            await asyncio.wait_for(until_whole_after(book, resyncs=2), NEVER_SECONDS)

            assert book.yes == {D("0.40"): D("10"), D("0.41"): D("1"), D("0.01"): D("1")}
            assert get_snapshots(exchange) == 2

    run_ws(scenario)


def test_a_wild_seq_costs_one_resync_not_every_delta_after_it(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            (listed,) = await ws.list_subscriptions()
            wild = {"market_ticker": "A", "price_dollars": "0.3000", "delta_fp": "1.00", "side": "yes"}
            await exchange.send_raw({"type": "orderbook_delta", "sid": listed["sid"], "seq": 10**18, "msg": wild})
            await asyncio.wait_for(until_whole_after(book, resyncs=1), NEVER_SECONDS)
            await exchange.delta("A", "yes", "0.4100", "1.00")
            await asyncio.wait_for(book.changed(), NEVER_SECONDS)

            assert book.yes == {D("0.40"): D("10"), D("0.41"): D("1")} and book.resyncs == 1

    run_ws(scenario)


def test_a_snapshot_starts_the_seq_count_afresh(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            await exchange.delta("A", "yes", "0.4000", "1.00")
            await exchange.delta("A", "yes", "0.4000", "1.00")
            await exchange.number_anew("A")  # a snapshot with seq 1, then deltas 2, 3
            await exchange.delta("A", "yes", "0.4100", "1.00")
            await exchange.delta("A", "yes", "0.4100", "1.00")

            await asyncio.wait_for(until_updates(book, 6), NEVER_SECONDS)
            assert book.yes == {D("0.40"): D("12"), D("0.41"): D("2")} and book.resyncs == 0

    run_ws(scenario)


def test_a_get_snapshot_answered_ok_without_a_snapshot_subscribes_the_book_again(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket(command_timeout=0.5) as ws:
            book = await ws.order_book("A")
            exchange.ok_without_snapshot()
            exchange.gap("A")
            await exchange.delta("A", "yes", "0.4100", "1.00")
            await asyncio.wait_for(until_whole_after(book, resyncs=1), NEVER_SECONDS)

            assert book.yes == {D("0.40"): D("10"), D("0.41"): D("1")}
            assert [command["cmd"] for command in exchange.commands[-2:]] == ["unsubscribe", "subscribe"]

    run_ws(scenario)


ODD_DELTAS = [
    {"price_dollars": "NaN"},
    {"price_dollars": "Infinity"},
    {"price_dollars": "1.5000"},
    {"price_dollars": "-3"},
    {"price_dollars": 0.4},  # a JSON number: 0.400000000000000022 as a Decimal
    {"delta_fp": "NaN"},
    {"delta_fp": "1e999999"},
]


@pytest.mark.parametrize("odd", ODD_DELTAS, ids=repr)
def test_a_delta_with_a_price_or_size_that_is_not_money_brings_a_fresh_snapshot(
    run_ws: RunWs, odd: dict[str, object]
) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            delta = {"price_dollars": "0.4000", "delta_fp": "1.00", "side": "yes", **odd}
            await exchange.book_message("A", "orderbook_delta", delta)
            await asyncio.wait_for(until_whole_after(book, resyncs=1), NEVER_SECONDS)

            assert book.yes == {D("0.40"): D("10")} and book.best_yes_bid == Level(D("0.40"), D("10"))

    run_ws(scenario)


ODD_LEVELS = [
    ["NaN", "1.00"],
    ["Infinity", "1.00"],
    ["-3", "1.00"],
    ["1.2000", "1.00"],
    [0.4, "1.00"],
    ["0.3000", "-2.00"],
]


@pytest.mark.parametrize("odd", ODD_LEVELS, ids=repr)
def test_a_snapshot_with_a_level_that_is_not_money_brings_a_fresh_snapshot(run_ws: RunWs, odd: list[object]) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            await exchange.book_message("A", "orderbook_snapshot", {"yes_dollars_fp": [["0.4000", "10.00"], odd]})
            await asyncio.wait_for(until_whole_after(book, resyncs=1), NEVER_SECONDS)

            assert book.yes == {D("0.40"): D("10")} and book.best_yes_bid == Level(D("0.40"), D("10"))

    run_ws(scenario)


def test_order_book_called_twice_at_once_subscribes_once_and_gives_one_book(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            first, second = await asyncio.gather(ws.order_book("A"), ws.order_book("A"))

            assert first is second and first.yes == {D("0.40"): D("10")}
            assert [command["cmd"] for command in exchange.commands] == ["subscribe"]

    run_ws(scenario)


def test_order_book_calls_waiting_on_a_refused_subscribe_all_get_the_error(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        async with client.websocket() as ws:
            exchange.fail_next("subscribe", 14)
            results = await asyncio.gather(ws.order_book("A"), ws.order_book("A"), return_exceptions=True)

            assert [type(result) for result in results] == [KalshiWebSocketError, KalshiWebSocketError]
            assert all(getattr(result, "code", None) == 14 for result in results)

    run_ws(scenario)


def test_another_markets_message_on_a_books_sid_is_skipped_and_counted(run_ws: RunWs) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("A", yes={"0.4000": "10.00"})
        async with client.websocket() as ws:
            book = await ws.order_book("A")
            other = {"market_ticker": "B", "price_dollars": "0.3000", "delta_fp": "5.00", "side": "yes"}
            await exchange.book_message("A", "orderbook_delta", other)
            await exchange.book_message("A", "orderbook_snapshot", {"market_ticker": "B", "yes_dollars_fp": []})
            await exchange.delta("A", "yes", "0.4100", "1.00")
            await asyncio.wait_for(until_updates(book, 2), NEVER_SECONDS)

            assert book.yes == {D("0.40"): D("10"), D("0.41"): D("1")}
            assert book.updates == 2 and book.resyncs == 0 and ws.unrouted == 2

    run_ws(scenario)
