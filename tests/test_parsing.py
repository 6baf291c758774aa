"""A body that does not fit its model says where; one that fits loses nothing.

A user reading an old market (or a server that has not sent a new field yet) must get a
``KalshiResponseError`` naming the field and where it was, with the raw body, never a
bare ``KeyError``; and every key the server sent must survive, typed or in
``additional_properties``, at any depth.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from kalshi_auth import KalshiClient, KalshiResponseError
from kalshi_client.api.market import get_markets
from kalshi_client.api.portfolio import get_balance
from kalshi_client.models import Market, MarketStatus, PriceRange
from kalshi_client.types import UNSET
from tests.contract.operations import sampler
from tests.fake_exchange import Answer, FakeExchange


def market(n: int = 0, **changes: Any) -> dict[str, Any]:
    sample: dict[str, Any] = {**sampler().sample({"$ref": "#/components/schemas/Market"}), "ticker": f"M-{n}"}
    for key, value in changes.items():
        if value is KeyError:
            del sample[key]
        else:
            sample[key] = value
    return sample


def page(*markets: dict[str, Any]) -> dict[str, Any]:
    return {"markets": list(markets), "cursor": ""}


def refused(client: KalshiClient, exchange: FakeExchange, body: dict[str, Any] | bytes) -> KalshiResponseError:
    exchange.answer(Answer(200, body))
    with pytest.raises(KalshiResponseError) as raised:
        get_markets.sync(client=client)
    assert raised.value.content == (body if isinstance(body, bytes) else json.dumps(body).encode())
    return raised.value


def test_a_missing_field_names_the_model_the_field_and_where(client: KalshiClient, exchange: FakeExchange) -> None:
    body = page(market(0), market(1), market(2), market(3, yes_sub_title=KeyError))

    error = refused(client, exchange, body)

    assert "markets[3].yes_sub_title is missing (Market.yes_sub_title" in str(error)
    assert not isinstance(error, KeyError) and isinstance(error.__cause__, KeyError)


def test_a_missing_field_of_a_nested_list_item(client: KalshiClient, exchange: FakeExchange) -> None:
    ranges = [{"start": "0.01", "end": "0.99", "step": "0.01"}, {"start": "0.01", "step": "0.01"}]

    error = refused(client, exchange, page(market(0, price_ranges=ranges)))

    assert "markets[0].price_ranges[1].end is missing (PriceRange.end" in str(error)


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("created_time", 1767322800, "markets[0].created_time is int 1767322800, not an ISO 8601 datetime"),
        ("created_time", "yesterday", "markets[0].created_time is str 'yesterday', not an ISO 8601 datetime"),
        ("status", ["open"], "markets[0].status is list ['open'], not one of MarketStatus"),
        ("price_ranges", {"start": "0.01"}, "markets[0].price_ranges is dict"),
        ("price_ranges", [None], "markets[0].price_ranges[0] is null, not an object (PriceRange)"),
        # Plain values of the wrong JSON type: "false" would be truthy, 1.8e19 an inexact
        # integer (orjson reads integers past 64 bits as floats), {} an empty list.
        ("can_close_early", "false", "markets[0].can_close_early is str 'false', not a bool"),
        ("settlement_timer_seconds", 18446744073709551617, "settlement_timer_seconds is float"),
        ("settlement_timer_seconds", True, "settlement_timer_seconds is bool True, not an int"),
        ("ticker", {"x": 1}, "markets[0].ticker is dict {'x': 1}, not a str"),
        ("ticker", None, "markets[0].ticker is null, not a str"),
        ("price_ranges", {}, "markets[0].price_ranges is dict {}, not a list"),
        ("mve_selected_legs", "", "markets[0].mve_selected_legs is str '', not a list"),
        # A field of one type or null holds that type or null, never the raw value.
        ("expected_expiration_time", "next tuesday", "expected_expiration_time is str 'next tuesday', not an ISO"),
        ("settlement_ts", 12345, "markets[0].settlement_ts is int 12345, not an ISO 8601 datetime"),
        ("primary_participant_key", 5, "markets[0].primary_participant_key is int 5, not a str"),
    ],
)
def test_a_wrong_type_names_where(
    client: KalshiClient, exchange: FakeExchange, field: str, value: Any, says: str
) -> None:
    error = refused(client, exchange, page(market(0, **{field: value})))

    assert says in str(error)


def test_a_page_that_is_not_an_object(client: KalshiClient, exchange: FakeExchange) -> None:
    error = refused(client, exchange, b"[1, 2]")

    assert "is JSON list, not the object GetMarketsResponse" in str(error)


@pytest.mark.parametrize("depth", [2_000, 200_000])
def test_nesting_too_deep_is_a_response_error_not_a_recursion_error(
    client: KalshiClient, exchange: FakeExchange, depth: int
) -> None:
    body = b'{"markets": [], "cursor": "", "extra": ' + b"[" * depth + b"]" * depth + b"}"

    error = refused(client, exchange, body)

    assert "not valid JSON" in str(error) and "depth" in str(error)


def test_unknown_keys_are_kept_at_every_depth(client: KalshiClient, exchange: FakeExchange) -> None:
    ranges = [{"start": "0.01", "end": "0.99", "step": "0.01", "tick_rule": "new"}]
    body = {**page(market(0, price_ranges=ranges, rebate_tier="gold")), "server_time": 1}
    exchange.answer(Answer(200, body))

    result = get_markets.sync(client=client)

    assert result.additional_properties == {"server_time": 1}
    assert result.markets[0].additional_properties == {"rebate_tier": "gold"}
    assert result.markets[0].price_ranges[0].additional_properties == {"tick_rule": "new"}
    assert result.to_dict() == body


def test_a_model_round_trips_every_sampled_field() -> None:
    sample = market(0)

    parsed = Market.from_dict(sample)

    assert parsed.to_dict() == sample
    assert isinstance(parsed.status, MarketStatus) and isinstance(parsed.price_ranges[0], PriceRange)
    assert parsed.additional_properties == {}


def test_from_dict_reads_any_mapping_and_does_not_change_it() -> None:
    sample = market(0, mve_selected_legs=None, price_ranges=None)
    before = json.dumps(sample, sort_keys=True)

    parsed = Market.from_dict(sample)

    assert json.dumps(sample, sort_keys=True) == before
    assert parsed.price_ranges == [] and not parsed.mve_selected_legs


@pytest.mark.parametrize("token", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_tokens_are_not_json(client: KalshiClient, exchange: FakeExchange, token: bytes) -> None:
    exchange.answer(
        Answer(200, b'{"balance": ' + token + b', "balance_dollars": "1.00", "portfolio_value": 0, "updated_ts": 1}')
    )

    with pytest.raises(KalshiResponseError, match="not valid JSON"):
        get_balance.sync(client=client)


def test_a_null_for_an_optional_plain_field_reads_as_absent() -> None:
    read = Market.from_dict({**market(0), "is_provisional": None, "primary_participant_key": None})

    assert read.is_provisional is UNSET
