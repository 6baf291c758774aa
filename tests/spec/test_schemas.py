"""tools.spec.schemas: each crafted pair about models gives exactly its lines, rated by who breaks."""

from __future__ import annotations

import copy

import pytest

from tests.spec.crafted import PAIRS, base, model, report_lines
from tools.spec.schemas import describe, enum_names, rate

RULES = [
    "response field removed",
    "response field retyped",
    "response field made optional",
    "response field made nullable",
    "response field added as required",
    "response enum value added",
    "response enum value removed",
    "request field added as required",
    "request field added as optional",
    "request field made optional",
    "request enum value removed",
    "x-enum-varnames renamed",
    "model renamed",
    "inline object in oneOf retyped",
    "inline object in array of arrays retyped",
    "inline object in dict retyped",
    "extra values beside fields retyped",
    "wording only",
    "nothing",
]


@pytest.mark.parametrize("rule", RULES)
def test_each_pair_reports_exactly_its_change(rule: str) -> None:
    assert sorted(report_lines(PAIRS[rule].new(), PAIRS[rule].old())) == sorted(PAIRS[rule].lines)


def test_kalshis_nullable_ref_and_ours_read_the_same() -> None:
    kalshi = base()
    model(kalshi, "Market")["properties"]["status"] = {"$ref": "#/components/schemas/MarketStatus", "nullable": True}

    assert report_lines(kalshi) == []


def test_a_model_sent_and_read_breaks_both_sides() -> None:
    old = base()
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Market"}}}}
    old["paths"]["/markets"]["post"] = {"operationId": "CreateMarket", "requestBody": body, "responses": {}}
    new = copy.deepcopy(old)
    del model(new, "Market")["properties"]["tick_size"]

    assert report_lines(new, old=old) == ["field Market.tick_size: field removed [breaks callers and readers]"]


@pytest.mark.parametrize(
    ("event", "sent", "read"),
    [
        ("removed", "callers", "readers"),
        ("added required", "callers", None),
        ("made required", "callers", None),
        ("made optional", None, "readers"),
        ("made nullable", None, "readers"),
        ("enum value removed", "callers", "code naming it"),
    ],
)
def test_who_each_event_breaks(event: str, sent: str | None, read: str | None) -> None:
    assert rate(event, frozenset({"sent"})) == sent  # type: ignore[arg-type]
    assert rate(event, frozenset({"read"})) == read  # type: ignore[arg-type]


def test_types_read_as_the_generator_makes_them() -> None:
    spec = base()

    assert describe(spec, {"type": "integer", "format": "int32"}) == "int"
    assert describe(spec, {"type": "string", "format": "date-time"}) == "datetime"
    assert describe(spec, {"$ref": "#/components/schemas/Market"}) == "Market"
    assert (
        describe(spec, {"allOf": [{"$ref": "#/components/schemas/MarketStatus"}], "nullable": True}) == "MarketStatus"
    )
    assert describe(spec, {"type": "array", "items": {"type": "number"}}) == "list[float]"
    assert describe(spec, {"type": "object", "additionalProperties": {"type": "string"}}) == "dict[str, str]"


def test_enum_members_are_named_as_the_generator_names_them() -> None:
    assert enum_names({"enum": ["read::trade", "1x"]}) == {"read::trade": "READTRADE", "1x": "VALUE_1"}
    assert enum_names({"enum": ["yes", "no"], "x-enum-varnames": ["SideYes", "SideNo"]}) == {
        "yes": "SIDE_YES",
        "no": "SIDE_NO",
    }
    assert enum_names({"enum": [1, 60]}) == {1: "VALUE_1", 60: "VALUE_60"}
