"""The full API: servers that move faster than the spec, cheap imports, the README's examples."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest

import kalshi_client.models
from examples import trading
from kalshi_auth import KalshiClient
from kalshi_client.api.market import get_markets
from kalshi_client.api.portfolio import get_balance
from kalshi_client.models import GetMarketsResponse, GetMarketsStatus, MarketStatus
from tests.contract.operations import sampler
from tests.fake_exchange import Answer, FakeExchange


def sample(schema_name: str) -> Any:
    return sampler().sample({"$ref": f"#/components/schemas/{schema_name}"})


def markets_page(*markets: dict[str, Any]) -> dict[str, Any]:
    return {"markets": list(markets), "cursor": ""}


def test_an_unknown_enum_value_keeps_the_raw_value(client: KalshiClient, exchange: FakeExchange) -> None:
    known, unknown = sample("Market"), {**sample("Market"), "ticker": "NEW", "status": "halted_for_review"}
    exchange.answer(Answer(200, markets_page(known, unknown)))

    page = get_markets.sync(client=client)

    assert [market.ticker for market in page.markets] == [known["ticker"], "NEW"]
    status = page.markets[1].status
    assert isinstance(status, MarketStatus)
    assert status == "halted_for_review" and status.value == "halted_for_review"
    assert page.markets[1].to_dict()["status"] == "halted_for_review"
    assert page.markets[0].status == MarketStatus(known["status"])


def test_null_lists_and_objects_read_as_missing(client: KalshiClient, exchange: FakeExchange) -> None:
    market = {**sample("Market"), "mve_selected_legs": None}
    exchange.answer(Answer(200, markets_page(market)))

    (parsed,) = get_markets.sync(client=client).markets

    assert not parsed.mve_selected_legs  # UNSET: absent, not a crash
    exchange.answer(Answer(200, {"markets": None, "cursor": ""}))
    assert get_markets.sync(client=client).markets == []


def test_null_for_a_required_object_is_still_an_error() -> None:
    with pytest.raises((TypeError, KeyError, ValueError)):
        GetMarketsResponse.from_dict({"markets": [None], "cursor": ""})


def test_one_endpoint_module_does_not_import_every_model() -> None:
    script = (
        "import sys, kalshi_auth\n"
        "from kalshi_client.api.market import get_markets\n"
        "print(sum(name.startswith('kalshi_client.models.') for name in sys.modules))"
    )
    loaded = int(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout)

    assert loaded < 25, f"{loaded} model modules loaded for one endpoint"


def test_models_still_import_by_name_and_list_themselves() -> None:
    assert kalshi_client.models.Market.__name__ == "Market"
    assert "CreateOrderV2Request" in dir(kalshi_client.models)
    assert set(kalshi_client.models.__all__) <= set(dir(kalshi_client.models))
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = kalshi_client.models.NoSuchModel


def test_readme_examples_run(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(200, markets_page(sample("Market"))))
    assert len(trading.open_markets(exchange.base_url)) == 1
    assert "kalshi-access-signature" not in exchange.received[-1].headers  # public: unsigned

    exchange.answer(Answer(200, sample("GetBalanceResponse")))
    assert trading.balance_in_dollars(client) == Decimal(sample("GetBalanceResponse")["balance_dollars"])

    exchange.answer(
        Answer(201, {"order_id": "o-1", "fill_count": "0", "remaining_count": "1", "ts_ms": 1}),
        Answer(200, {"order_id": "o-1", "reduced_by": "1", "ts_ms": 2}),
    )
    assert "placed, then cancelled" in trading.place_and_cancel(client, "KXTEST-1")
    placed, cancelled = exchange.received[-2:]
    assert (placed.method, placed.path) == ("POST", "/trade-api/v2/portfolio/events/orders")
    assert json.loads(placed.body)["price"] == "0.01"  # a Decimal goes out as its exact text
    assert json.loads(placed.body)["count"] == "1"
    assert (cancelled.method, cancelled.path) == ("DELETE", "/trade-api/v2/portfolio/events/orders/o-1")
    assert placed.signature_valid and cancelled.signature_valid


def test_balance_is_typed(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(200, sample("GetBalanceResponse")))
    assert isinstance(get_balance.sync(client=client).balance, int)


def test_enum_arguments_accept_plain_strings(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(200, markets_page()))

    get_markets.sync(client=client, status="open")  # typed: GetMarketsStatus | Literal["open", ...]
    get_markets.sync(client=client, status=GetMarketsStatus.CLOSED)

    assert [r.query for r in exchange.received] == ["limit=100&status=open", "limit=100&status=closed"]
