"""paginate()/apaginate(): every item of a cursor-paginated list, page after page."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import SimpleNamespace
from typing import Any

import pytest

import kalshi_client.api
from kalshi_auth import (
    KalshiClient,
    KalshiConfigError,
    KalshiPaginationError,
    KalshiResponseError,
    NotFoundError,
    apaginate,
    paginate,
)
from kalshi_auth.pagination import MAX_EMPTY_PAGES, _items_field
from kalshi_client.api.events import get_events
from kalshi_client.api.market import get_markets
from kalshi_client.api.orders import get_orders
from kalshi_client.api.portfolio import get_balance, get_deposits, get_fills, get_positions
from kalshi_client.models import GetMarketsStatus, Market
from tests.contract.operations import sampler
from tests.fake_exchange import Answer, FakeExchange


def market(ticker: str) -> dict[str, Any]:
    return {**sampler().sample({"$ref": "#/components/schemas/Market"}), "ticker": ticker}


def page(cursor: str, *tickers: str) -> Answer:
    return Answer(200, {"markets": [market(t) for t in tickers], "cursor": cursor})


def test_items_across_pages_until_an_empty_cursor(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(page("c1", "A", "B"), page("c2", "C"), page("", "D"))

    markets = list(paginate(get_markets, client=client, limit=2, status=GetMarketsStatus.OPEN))

    assert [m.ticker for m in markets] == ["A", "B", "C", "D"]
    assert all(isinstance(m, Market) for m in markets)
    queries = [r.query for r in exchange.received]
    assert queries == ["limit=2&status=open", "limit=2&cursor=c1&status=open", "limit=2&cursor=c2&status=open"]
    assert all(r.signature_valid for r in exchange.received)


def test_a_missing_cursor_ends_the_list(client: KalshiClient, exchange: FakeExchange) -> None:
    deposit = sampler().sample({"$ref": "#/components/schemas/Deposit"})
    exchange.answer(Answer(200, {"deposits": [deposit], "cursor": "d1"}), Answer(200, {"deposits": [deposit]}))

    assert len(list(paginate(get_deposits, client=client))) == 2
    assert len(exchange.received) == 2


def test_fills_walk_too(client: KalshiClient, exchange: FakeExchange) -> None:
    fill = sampler().sample({"$ref": "#/components/schemas/Fill"})
    exchange.answer(Answer(200, {"fills": [fill], "cursor": "f1"}), Answer(200, {"fills": [fill], "cursor": ""}))

    assert [f.trade_id for f in paginate(get_fills, client=client)] == [fill["trade_id"]] * 2


def test_max_pages_and_max_items(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(page("c1", "A", "B"), page("c2", "C", "D"), page("", "E"))
    assert [m.ticker for m in paginate(get_markets, client=client, max_pages=2)] == ["A", "B", "C", "D"]
    assert len(exchange.received) == 2

    exchange.received.clear()
    exchange.answer(page("c1", "A", "B"), page("c2", "C", "D"), page("", "E"))
    assert [m.ticker for m in paginate(get_markets, client=client, max_items=3)] == ["A", "B", "C"]
    assert len(exchange.received) == 2


def test_a_repeated_cursor_raises_instead_of_looping(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(page("c1", "A"), page("c2", "B"), page("c1", "C"))

    with pytest.raises(KalshiPaginationError, match="'c1' a second time"):
        list(paginate(get_markets, client=client))
    assert len(exchange.received) == 3


def test_errors_propagate(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(page("c1", "A"), Answer(404, {"code": "not_found", "message": "gone"}))

    walked = paginate(get_markets, client=client)
    assert next(walked).ticker == "A"
    with pytest.raises(NotFoundError):
        next(walked)


def test_items_field_comes_from_the_model(client: KalshiClient, exchange: FakeExchange) -> None:
    order = sampler().sample({"$ref": "#/components/schemas/Order"})
    exchange.answer(Answer(200, {"orders": [order], "cursor": ""}))
    assert [o.order_id for o in paginate(get_orders, client=client)] == [order["order_id"]]

    event = sampler().sample({"$ref": "#/components/schemas/EventData"})
    exchange.answer(Answer(200, {"events": [event], "milestones": [], "cursor": ""}))
    assert [e.event_ticker for e in paginate(get_events, client=client)] == [event["event_ticker"]]


def test_several_lists_ask_for_items(client: KalshiClient, exchange: FakeExchange) -> None:
    with pytest.raises(KalshiConfigError, match="pass items='market_positions' or 'event_positions'"):
        list(paginate(get_positions, client=client))

    position = sampler().sample({"$ref": "#/components/schemas/EventPosition"})
    exchange.answer(Answer(200, {"market_positions": [], "event_positions": [position], "cursor": ""}))
    assert len(list(paginate(get_positions, client=client, items="event_positions"))) == 1
    exchange.answer(Answer(200, {"market_positions": [], "event_positions": [position], "cursor": ""}))
    typed = paginate(get_positions, client=client, items=lambda page: page.event_positions)
    assert [p.event_ticker for p in typed] == [position["event_ticker"]]


def test_an_operation_without_a_cursor_is_refused(client: KalshiClient) -> None:
    with pytest.raises(KalshiConfigError, match="get_balance takes no cursor"):
        list(paginate(get_balance, client=client))


@pytest.mark.anyio
async def test_apaginate(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(page("c1", "A"), page("", "B"))

    tickers = [m.ticker async for m in apaginate(get_markets, client=client)]

    assert tickers == ["A", "B"]
    assert [r.query for r in exchange.received] == ["limit=100", "limit=100&cursor=c1"]


def test_a_long_run_of_empty_pages_stops(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(*[page(f"c{n}") for n in range(MAX_EMPTY_PAGES + 10)])

    with pytest.raises(KalshiPaginationError, match=f"{MAX_EMPTY_PAGES} pages in a row had no items"):
        list(paginate(get_markets, client=client))

    assert len(exchange.received) == MAX_EMPTY_PAGES


def test_empty_pages_between_full_ones_are_fine(client: KalshiClient, exchange: FakeExchange) -> None:
    empties = [page(f"e{n}") for n in range(MAX_EMPTY_PAGES - 1)]
    exchange.answer(*empties, page("c1", "A"), *[page(f"f{n}") for n in range(MAX_EMPTY_PAGES - 1)], page("", "B"))

    assert [m.ticker for m in paginate(get_markets, client=client)] == ["A", "B"]


@pytest.mark.parametrize("cursor", [42, ["c"], {"next": "c"}, 1.5])
def test_a_cursor_that_is_not_a_string_is_a_response_error(
    client: KalshiClient, exchange: FakeExchange, cursor: object
) -> None:
    exchange.answer(Answer(200, {"markets": [market("A")], "cursor": cursor}))

    # The page model itself refuses it now (a plain field of the wrong JSON type).
    with pytest.raises(KalshiResponseError, match=r"cursor is (int|list|dict|float) .*, not a str"):
        list(paginate(get_markets, client=client))


@pytest.mark.parametrize("cursor", ["c\ud800", "c" * 70_000, "c\r\nX-Forged: 1"], ids=["surrogate", "huge", "crlf"])
def test_a_cursor_that_cannot_be_sent_back_is_a_response_error(
    client: KalshiClient, exchange: FakeExchange, cursor: str
) -> None:
    exchange.answer(Answer(200, {"markets": [market("A")], "cursor": cursor}))

    with pytest.raises(KalshiResponseError, match="not a cursor that can be sent back"):
        list(paginate(get_markets, client=client))

    assert len(exchange.received) == 1


def paginated_modules() -> list[Any]:
    """Every generated operation module that takes a cursor."""
    found = []
    for info in pkgutil.walk_packages(kalshi_client.api.__path__, "kalshi_client.api."):
        module = importlib.import_module(info.name)
        sync = getattr(module, "sync_detailed", None)
        if sync is not None and "cursor" in inspect.signature(sync).parameters:
            found.append(module)
    return found


def test_the_generated_page_items_is_the_list_paginate_picks() -> None:
    modules = paginated_modules()
    assert len(modules) == 28
    for module in modules:
        if hasattr(module, "page_items"):
            field, marker = _items_field(module, None), object()
            assert module.page_items(SimpleNamespace(**{field: marker})) is marker, module.__name__
        else:  # several lists: the caller says which (items=)
            with pytest.raises(KalshiConfigError, match="several lists"):
                _items_field(module, None)
