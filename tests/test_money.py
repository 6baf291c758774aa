"""Money is ``decimal.Decimal``: read exactly, sent back as the same text, never a float.

Prices, amounts and counts are the spec's ``FixedPointDollars`` and ``FixedPointCount`` strings.
"""

from __future__ import annotations

import json
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import ClassName

import kalshi_client.models
from kalshi_auth import KalshiClient, KalshiError, KalshiMoneyError, KalshiResponseError
from kalshi_client.api.market import get_market
from kalshi_client.api.orders import create_order_v2
from kalshi_client.api.portfolio import get_balance
from kalshi_client.models import (
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    Market,
    SelfTradePreventionType,
)
from kalshi_client.types import UNSET
from tests.contract.operations import sampler
from tests.fake_exchange import Answer, FakeExchange

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
MONEY = {"#/components/schemas/FixedPointDollars", "#/components/schemas/FixedPointCount"}


def order(**changes: Any) -> CreateOrderV2Request:
    terms: dict[str, Any] = {
        "ticker": "KXHIGHNY-26NOV23-T50",
        "side": BookSide.BID,
        "count": Decimal("10.00"),
        "price": Decimal("0.5600"),
        "time_in_force": CreateOrderV2RequestTimeInForce.GOOD_TILL_CANCELED,
        "self_trade_prevention_type": SelfTradePreventionType.MAKER,
    }
    return CreateOrderV2Request(**{**terms, **changes})


def test_a_decimal_order_goes_on_the_wire_as_its_exact_text(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(201, {"order_id": "o-1", "fill_count": "0.00", "remaining_count": "10.00", "ts_ms": 1}))

    placed = create_order_v2.sync(client=client, body=order())

    sent = json.loads(exchange.received[-1].body)
    assert (sent["price"], sent["count"]) == ("0.5600", "10.00")
    assert placed.remaining_count == Decimal("10.00") and isinstance(placed.fill_count, Decimal)


def test_str_and_int_work_as_well_as_decimal() -> None:
    assert order(price="0.56", count=3).to_dict()["price"] == "0.56"
    assert order(price="0.56", count=3).count == Decimal(3)
    assert order(price="0.56", count=3).to_dict()["count"] == "3"
    assert order(side="ask").side is BookSide.ASK  # enum fields take their values too


@pytest.mark.parametrize(
    "wrong",
    [0.56, float("nan"), True, None, [1], "abc", "0,56", " 0.56", "NaN", "Infinity", "\u0661\u0662.50", "1e99999999"],
)
def test_a_float_or_anything_not_exact_money_is_refused(wrong: Any) -> None:
    with pytest.raises(KalshiMoneyError) as raised:
        order(price=wrong)

    assert isinstance(raised.value, KalshiError)
    assert "pass Decimal('0.56') or '0.56'" in str(raised.value)
    if isinstance(wrong, float):
        assert isinstance(raised.value, TypeError) and "a float cannot hold" in str(raised.value)


@pytest.mark.parametrize("wrong", [Decimal("Infinity"), Decimal("NaN"), Decimal("1e99999999"), 0.56])
def test_money_assigned_by_hand_is_checked_before_it_is_sent(wrong: Any) -> None:
    body = order()
    body.price = wrong

    with pytest.raises(KalshiMoneyError):
        body.to_dict()


def test_answers_read_exactly_and_go_back_as_the_same_text(client: KalshiClient, exchange: FakeExchange) -> None:
    market = {
        **sampler().sample({"$ref": "#/components/schemas/Market"}),
        "yes_bid_dollars": "0.5600",
        "yes_ask_dollars": "0.000001",
        "volume_fp": "1234567.00",
        "settlement_value_dollars": None,
    }
    exchange.answer(Answer(200, {"market": market}))

    read = get_market.sync("KXHIGHNY-26NOV23-T50", client=client).market

    assert read.yes_bid_dollars == Decimal("0.56") and str(read.yes_bid_dollars) == "0.5600"
    assert read.yes_ask_dollars + read.yes_bid_dollars == Decimal("0.560001")  # no float on the way
    assert read.settlement_value_dollars is None
    assert read.to_dict() == market


def test_money_the_server_gets_wrong_is_a_response_error_naming_the_field(
    client: KalshiClient, exchange: FakeExchange
) -> None:
    # A float; text that is no number; NaN and infinities; JSON false (not 0); digits of
    # another script; an exponent that would write out as a billion digits; a list.
    for wrong in ("12,34", 12.34, "NaN", "-Infinity", False, "\u0661\u0662.50", "1e999999999", ["1"]):
        balance = sampler().sample({"$ref": "#/components/schemas/GetBalanceResponse"})
        exchange.answer(Answer(200, {**balance, "balance_dollars": wrong}))

        with pytest.raises(KalshiResponseError, match="balance_dollars") as raised:
            get_balance.sync(client=client)

        assert "GetBalanceResponse.balance_dollars" in str(raised.value)


def test_a_null_for_optional_money_reads_as_absent() -> None:
    market = {**sampler().sample({"$ref": "#/components/schemas/Market"}), "liquidity_dollars": None}

    assert Market.from_dict(market).liquidity_dollars is UNSET


def test_a_subclass_of_a_model_is_still_built_by_from_dict() -> None:
    class MyMarket(Market):
        pass

    market = sampler().sample({"$ref": "#/components/schemas/Market"})
    mine = MyMarket.from_dict({**market, "new_field": 1})

    assert type(mine) is MyMarket and mine.to_dict() == {**market, "new_field": 1}


def spec_money_fields() -> set[tuple[str, str]]:
    """(model class, JSON name) of every property whose schema is FixedPointDollars or FixedPointCount."""
    schemas = yaml.safe_load(SPEC.read_text())["components"]["schemas"]
    found: set[tuple[str, str]] = set()

    def refs(schema: dict[str, Any]) -> set[str]:
        return {schema["$ref"]} if "$ref" in schema else {ref for part in schema.get("allOf", []) for ref in refs(part)}

    def walk(class_name: str, schema: dict[str, Any]) -> None:
        for name, prop in schema.get("properties", {}).items():
            if refs(prop) & MONEY:
                found.add((class_name, name))
            items = prop.get("items", {})
            if prop.get("type") == "array" and "properties" in items:
                walk(ClassName(f"{class_name}_{name}_item", ""), items)

    for name, schema in schemas.items():
        walk(ClassName(name, ""), schema)
    return found


def decimal_attributes() -> set[tuple[str, str]]:
    """(model class, JSON name) of every generated attribute typed Decimal."""
    found: set[tuple[str, str]] = set()
    for name in kalshi_client.models.__all__:
        model = getattr(kalshi_client.models, name)
        if not hasattr(model, "from_dict"):
            continue
        json_names = vars(typing.cast(Any, __import__(model.__module__, fromlist=["_JSON_NAMES"])))["_JSON_NAMES"]
        annotations = [text for field, text in model.__annotations__.items() if field != "additional_properties"]
        found |= {(name, json) for json, text in zip(json_names, annotations, strict=True) if "Decimal" in str(text)}
    return found


def test_exactly_the_fixed_point_fields_are_decimal() -> None:
    in_spec, generated = spec_money_fields(), decimal_attributes()

    assert generated == in_spec
    assert len(generated) == 139
