"""tools.spec.wording: Kalshi's facts come in, our words stay, new words are listed, mojibake is repaired."""

from __future__ import annotations

from pathlib import Path

from tests.spec.conftest import ROOT
from tests.spec.crafted import BASE, base, model
from tools.spec.load import parse, read
from tools.spec.wording import merge, repair


def test_a_file_with_the_same_facts_is_written_back_byte_for_byte() -> None:
    ours = ROOT / "openapi.yaml"

    text, notes = merge(ours, read(ours))

    assert text == ours.read_text()
    assert notes == []


def test_our_descriptions_stay_where_both_files_have_the_element() -> None:
    theirs = base()
    model(theirs, "Market")["description"] = "Kalshi's words for a market."
    model(theirs, "Market")["example"] = {"ticker": "T"}

    text, notes = merge(BASE, theirs)

    assert model(parse(text), "Market")["description"] == "A market, as read back."
    assert "example" not in model(parse(text), "Market")
    assert notes == []


def test_new_elements_come_with_kalshis_words_listed_for_rewriting() -> None:
    theirs = base()
    model(theirs, "Market")["properties"]["category"] = {
        "type": "string",
        "description": "The category â€” say, Sports.",
    }

    text, notes = merge(BASE, theirs)

    assert model(parse(text), "Market")["properties"]["category"]["description"] == "The category — say, Sports."
    assert notes == [
        "components.schemas.Market.properties.category: new, in Kalshi's words: rewrite them in ours",
        "components.schemas.Market.properties.category.description: 1 mojibake sequence(s) repaired",
    ]


def test_facts_follow_kalshis_file_properties_in_its_order() -> None:
    theirs = base()
    properties = model(theirs, "Market")["properties"]
    model(theirs, "Market")["properties"] = {"volume": {"type": "string"}} | {
        k: v for k, v in properties.items() if k != "volume"
    }
    del model(theirs, "Market")["properties"]["tick_size"]

    text, _ = merge(BASE, theirs)

    merged = model(parse(text), "Market")["properties"]
    assert list(merged) == ["volume", "ticker", "title", "status"]
    assert merged["volume"] == {"type": "string"}


def test_mojibake_is_repaired_or_counted() -> None:
    assert repair("Fees in Â¢ â€” see Ã— rates") == ("Fees in ¢ — see × rates", 3, 0)
    assert repair("Café, naïve, 50 ¢") == ("Café, naïve, 50 ¢", 0, 0)
    assert repair("cut short: â€x") == ("cut short: â€x", 0, 1)


def test_comments_and_layout_of_our_file_survive_a_change(tmp_path: Path) -> None:
    ours = tmp_path / "openapi.yaml"
    ours.write_text("# ours\n" + BASE.read_text())
    theirs = base()
    theirs["info"]["version"] = "1.1.0"

    text, _ = merge(ours, theirs)

    assert text == ours.read_text().replace("version: 1.0.0", "version: 1.1.0")
