"""openapi.yaml's example values: they fit their schemas, the models read them, and Prism answers with them.

`make mock`, `make demo` and the docs show these values as what Kalshi's answers look like,
so a wrong one misleads: each is checked against its schema, and parsed by its model.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

import kalshi_client.models
from tools.spec.examples import misfits
from tools.spec.load import parse, read
from tools.spec.walk import operations, resolve, success

ROOT = Path(__file__).resolve().parent.parent
SPEC = read(ROOT / "openapi.yaml")

# The answers a new user meets first; Prism (`make mock`, `make demo`) must answer each of
# them with our values, field by field, never with a placeholder of its own.
FIRST_MET = (
    "GetExchangeStatus", "GetMarkets", "GetMarket", "GetEvents", "GetEvent", "GetSeries", "GetSeriesList",
    "GetTrades", "GetMarketOrderbook", "GetMarketOrderbooks", "GetOrders", "GetOrder", "CreateOrderV2",
    "CancelOrderV2", "AmendOrderV2", "DecreaseOrderV2", "BatchCreateOrdersV2", "BatchCancelOrdersV2",
    "GetOrderQueuePositions", "GetOrderGroups", "GetOrderGroup", "CreateOrderGroup", "GetBalance", "GetPositions",
    "GetFills", "GetSettlements", "GetExchangeSchedule", "GetUserDataTimestamp", "GetMarketCandlesticks",
    "BatchGetMarketCandlesticks", "GetMarketCandlesticksByEvent", "GetPortfolioRestingOrderTotalValue",
)  # fmt: skip


def test_every_example_fits_its_schema() -> None:
    assert misfits(SPEC) == []


def test_prism_reads_the_examples_as_the_generator_does() -> None:
    # tools/prism.py hands Prism what PyYAML reads, which is YAML 1.1: there an unquoted
    # yes, no or 2026-11-30 would be a boolean or a date. The generator reads YAML 1.2.
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")

    assert yaml.safe_load(text) == parse(text)


def schema_examples() -> list[str]:
    schemas = SPEC["components"]["schemas"]
    return [name for name, schema in schemas.items() if isinstance(schema.get("example"), Mapping)]


@pytest.mark.parametrize("name", schema_examples())
def test_a_models_example_reads_into_the_model_with_every_field_known(name: str) -> None:
    example = SPEC["components"]["schemas"][name]["example"]

    model = getattr(kalshi_client.models, name).from_dict(example)

    assert model.additional_properties == {}
    assert sorted(model.to_dict()) == sorted(example)


def test_the_market_example_reads_as_a_user_sees_it() -> None:
    market = kalshi_client.models.Market.from_dict(SPEC["components"]["schemas"]["Market"]["example"])

    assert market.ticker == "KXHIGHNY-26NOV30-T50"
    assert (str(market.yes_bid_dollars), str(market.yes_ask_dollars)) == ("0.5500", "0.5700")
    assert market.close_time.isoformat() == "2026-12-01T04:59:00+00:00"


def placeholders(schema: Mapping[str, Any], where: str) -> Iterator[str]:
    """Where Prism's static mode would invent a value ("string", 0): no example on the way down.

    It follows the rule of Prism's sampler: a ``$ref`` is followed (keys beside it ignored),
    an ``example`` is taken whole, ``default`` or ``enum`` give a real value, and objects and
    arrays are built from their properties and items.
    """
    schema = resolve(SPEC, schema)
    if "example" in schema or "default" in schema or "enum" in schema:
        return
    for part in schema.get("allOf", []):
        yield from placeholders(part, where)
    if "items" in schema:
        yield from placeholders(schema["items"], f"{where}[]")
    for name, field in (schema.get("properties") or {}).items():
        yield from placeholders(field, f"{where}.{name}")
    if not ({"allOf", "items", "properties"} & set(schema)):
        yield where


@pytest.mark.parametrize("operation_id", FIRST_MET)
def test_the_answers_users_meet_first_are_our_examples_throughout(operation_id: str) -> None:
    operation = next(op for op in operations(SPEC) if op.operation_id == operation_id)
    answer = success(SPEC, operation)
    assert answer is not None and answer[1] is not None

    assert list(placeholders(answer[1], operation_id)) == []


def test_list_answers_show_the_last_page_so_paginate_against_the_mock_ends() -> None:
    # Prism answers every page with the same example: a cursor other than "" would come
    # back again, and paginate() stops with KalshiPaginationError on a repeated cursor.
    cursors = {
        name: schema["properties"]["cursor"].get("example")
        for name, schema in SPEC["components"]["schemas"].items()
        if "cursor" in (schema.get("properties") or {})
    }

    assert {name: cursor for name, cursor in cursors.items() if cursor not in ("", None)} == {}
    assert cursors["GetMarketsResponse"] == ""
