"""What real Kalshi answers look like, on fixtures of our own: runs in every clone.

``tests/fixtures/real_shapes/`` holds answers we wrote in the shapes Kalshi's servers send
(omitted fields, fields the spec lacks, nulls, nested/flat/bare error bodies, statuses
the spec does not list), modelled on the recordings that ``tests/test_recorded.py`` reads
from ``../shared``. Each fixture goes through the same checks as a recording; the tests
below then show, as a user sees it, what each shape gives.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from kalshi_auth import KalshiClient, PermissionDeniedError, RateLimitError, ServerError
from kalshi_client.models import (
    CreateOrderGroupResponse,
    GetEventsResponse,
    GetFillsResponse,
    GetMarketsResponse,
    GetTagsForSeriesCategoriesResponse,
    MarketCustomStrikeType0,
)
from kalshi_client.types import UNSET
from tests.fake_exchange import FakeExchange
from tests.real_answers import (
    RealAnswer,
    check_error,
    check_legacy,
    check_parses_whole,
    params,
)

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "real_shapes").glob("*.json"))


def fixture(stem: str) -> RealAnswer:
    (file,) = [file for file in FIXTURES if file.stem.endswith(stem)]
    return RealAnswer.read(file)


@pytest.mark.parametrize("answer", params(FIXTURES, "current"))
def test_a_current_shape_parses_and_keeps_every_key(
    answer: RealAnswer, client: KalshiClient, exchange: FakeExchange
) -> None:
    check_parses_whole(answer, client, exchange)


@pytest.mark.parametrize("answer", params(FIXTURES, "error"))
def test_an_error_shape_raises_its_typed_error(
    answer: RealAnswer, client: KalshiClient, exchange: FakeExchange
) -> None:
    check_error(answer, client, exchange)


@pytest.mark.parametrize("answer", params(FIXTURES, "legacy"))
def test_a_legacy_shape_parses_or_names_the_missing_field(
    answer: RealAnswer, client: KalshiClient, exchange: FakeExchange
) -> None:
    check_legacy(answer, client, exchange)


def test_summer_markets_parse_with_their_extra_fields_typed(client: KalshiClient, exchange: FakeExchange) -> None:
    page: GetMarketsResponse = check_parses_whole(fixture("markets-without-settlement-bounds-type"), client, exchange)

    summer, sports, october = page.markets
    assert summer.settlement_bounds_type is UNSET and summer.exchange_index is UNSET
    assert (summer.liquidity_dollars, summer.response_price_units, summer.fractional_trading_enabled) == (
        Decimal("0.0000"),
        "usd_cent",
        True,
    )
    assert sports.additional_properties == {"what_the_next_release_adds": "x"}
    assert isinstance(sports.custom_strike, MarketCustomStrikeType0)
    assert sports.custom_strike["baseball_team"].startswith("6f0c")
    assert not summer.mve_selected_legs
    assert october.settlement_bounds_type == "default" and october.liquidity_dollars is UNSET


def test_fills_and_orders_without_sides_parse(client: KalshiClient, exchange: FakeExchange) -> None:
    page: GetFillsResponse = check_parses_whole(fixture("fills-without-sides-or-exchange-index"), client, exchange)

    assert [(fill.outcome_side, fill.book_side, fill.exchange_index) for fill in page.fills] == [
        (UNSET, UNSET, UNSET)
    ] * 2
    assert [fill.side for fill in page.fills] == ["yes", "yes"]


def test_events_carry_competition_and_may_lack_settlement_sources(client: KalshiClient, exchange: FakeExchange) -> None:
    page: GetEventsResponse = check_parses_whole(fixture("events-with-competition-fields"), client, exchange)

    game, listing = page.events
    assert (game.competition, game.competition_scope, game.available_on_brokers) == ("Pro Baseball", "Game", True)
    assert listing.settlement_sources is UNSET and listing.competition is UNSET


def test_a_category_without_tags_reads_as_none(client: KalshiClient, exchange: FakeExchange) -> None:
    answer: GetTagsForSeriesCategoriesResponse = check_parses_whole(fixture("null-tags"), client, exchange)

    tags = answer.tags_by_categories
    assert tags["Sports"] == ["Baseball", "Football"]
    assert tags["Financials"] is None


def test_creating_an_order_group_may_answer_without_subaccount(client: KalshiClient, exchange: FakeExchange) -> None:
    answer = fixture("without-subaccount")
    assert answer.kind == "legacy" and not answer.missing()

    created: CreateOrderGroupResponse = check_parses_whole(answer, client, exchange)

    assert created.order_group_id.startswith("7a9c") and created.subaccount is UNSET


def test_an_integer_cent_market_names_a_field_it_lacks(client: KalshiClient, exchange: FakeExchange) -> None:
    error = check_legacy(fixture("integer-cent-market"), client, exchange)

    assert error is not None
    assert "updated_time" in str(error)  # the first field the model reads that January's markets lack
    assert json.loads(error.content)["market"]["yes_bid"] == 41  # the raw answer is kept


def test_every_error_shape_gives_code_and_message(client: KalshiClient, exchange: FakeExchange) -> None:
    bare = check_error(fixture("GetMarkets__400__bare-msg"), client, exchange)
    assert bare.error.code is UNSET and str(bare.error.message).startswith("Parameter validation failed")

    exchange.received.clear()
    nested = check_error(fixture("GetOrder__404__nested"), client, exchange)
    assert (nested.error.code, nested.error.service) == ("not_found", "exchange")

    exchange.received.clear()
    flat = check_error(fixture("CreateOrderV2__400__flat"), client, exchange)
    assert (flat.error.code, flat.error.details) == ("bad_request", "count must be a string")


@pytest.mark.parametrize(
    ("stem", "error_class"),
    [
        ("GetMarkets__429__nested", RateLimitError),
        ("GetBalance__429__error-string", RateLimitError),
        ("GetPortfolioRestingOrderTotalValue__403__permission", PermissionDeniedError),
        ("GetTrades__503__undocumented", ServerError),
    ],
)
def test_statuses_kalshis_file_does_not_list_give_typed_errors(
    stem: str, error_class: type[Exception], client: KalshiClient, exchange: FakeExchange
) -> None:
    error = check_error(fixture(stem), client, exchange)

    assert isinstance(error, error_class)
    assert error.retry_after is None


def test_the_guide_lists_every_correction_of_the_overlay() -> None:
    root = Path(__file__).resolve().parents[1]
    overlay = yaml.safe_load((root / "overlays" / "20-real-exchange.yaml").read_text(encoding="utf-8"))
    guide = (root / "docs" / "guide" / "real-exchange.md").read_text(encoding="utf-8")

    assert overlay["overlay"] == "1.0.0"
    for action in overlay["actions"]:
        assert f"| {action['description']} | {len(action['x-evidence'])} |" in guide, action["target"]
