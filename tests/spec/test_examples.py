"""tools.spec.examples: an example must fit its schema, and a Kalshi update that leaves ours stale says so."""

from __future__ import annotations

from pathlib import Path

from tests.spec.crafted import BASE, base, model, write
from tools.spec.examples import located, misfits
from tools.spec.load import parse
from tools.spec.update import prepare

MODELS = "components.schemas"
FIX = "rewrite it"


def test_examples_that_fit_their_schemas_give_no_lines() -> None:
    spec = base()
    model(spec, "Market")["example"] = {"ticker": "KXHIGHNY-26NOV30-T50", "title": "High in NYC", "volume": 1200}
    model(spec, "Market")["properties"]["ticker"]["example"] = "KXHIGHNY-26NOV30-T50"

    assert misfits(spec) == []


def test_a_value_of_the_wrong_type_is_named_with_its_place() -> None:
    spec = base()
    model(spec, "Market")["example"] = {"ticker": "KXHIGHNY-26NOV30-T50", "title": "High in NYC", "volume": "1200"}

    assert misfits(spec) == [
        "components.schemas.Market.example: does not fit its schema (volume: '1200' is not of type 'integer'): rewrite it"
    ]


def test_a_missing_required_field_and_a_field_the_schema_lacks_are_both_named() -> None:
    spec = base()
    model(spec, "Market")["example"] = {"ticker": "KXHIGHNY-26NOV30-T50", "title": "High in NYC", "volum": 1200}

    assert misfits(spec) == [
        "components.schemas.Market.example: does not fit its schema ('volume' is a required property): rewrite it",
        "components.schemas.Market.example: does not fit its schema (volum: not a field of the schema): rewrite it",
    ]


def test_fields_are_checked_through_refs_and_arrays() -> None:
    spec = base()
    model(spec, "GetMarketsResponse")["example"] = {"markets": [{"ticker": "T", "title": "t", "volume": 1, "tick": 1}]}

    assert misfits(spec) == [
        f"{MODELS}.GetMarketsResponse.example: does not fit its schema (markets[0].tick: not a field of the schema): {FIX}"
    ]


def test_formats_are_checked() -> None:
    spec = base()
    model(spec, "Market")["properties"]["ticker"] = {"type": "string", "format": "date-time", "example": "Nov 30"}

    assert misfits(spec) == [
        f"{MODELS}.Market.properties.ticker.example: does not fit its schema ('Nov 30' is not a 'date-time'): {FIX}"
    ]


def test_a_parameter_example_is_checked_against_the_parameter_schema() -> None:
    spec = base()
    spec["paths"]["/markets"]["get"]["parameters"] = [
        {"name": "limit", "in": "query", "schema": {"type": "integer"}, "example": "ten"}
    ]

    lines = misfits(spec)

    assert lines == [
        "paths./markets.get.parameters[0].example: does not fit its schema ('ten' is not of type 'integer'): rewrite it"
    ]


def test_a_field_named_example_is_a_field_not_an_example() -> None:
    spec = base()
    model(spec, "Market")["properties"]["example"] = {"type": "string"}

    assert [example.where for example in located(spec)] == []


def test_updating_from_a_file_that_retypes_a_field_notes_our_stale_example(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "overlays").mkdir(parents=True)
    (root / "openapi.yaml").write_text(
        BASE.read_text().replace(
            "        volume:\n          type: integer\n",
            "        volume:\n          type: integer\n          example: 1200\n",
        )
    )
    theirs = base()
    model(theirs, "Market")["properties"]["volume"] = {"type": "string"}

    text, notes = prepare(write(tmp_path, "kalshi", theirs), "kalshi.yaml", root)

    assert model(parse(text), "Market")["properties"]["volume"] == {"type": "string", "example": 1200}
    assert notes == [
        f"{MODELS}.Market.properties.volume.example: does not fit its schema (1200 is not of type 'string'): {FIX}"
    ]
