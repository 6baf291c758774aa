"""asyncapi.yaml states Kalshi's facts in our words, and kalshi_client.ws is what it generates."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from kalshi_client.ws import messages, models
from tools.asyncapi_models import MONEY_SCHEMAS, main, message_models, to_openapi

ROOT = Path(__file__).resolve().parents[2]
OURS = ROOT / "asyncapi.yaml"
KALSHIS = ROOT.parent / "shared" / "reference" / "kalshi-websocket-asyncapi.yaml"
PROSE = {"description", "summary", "title", "examples", "example"}


def load(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: these files are large
    document: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return document


def facts(node: Any, in_properties: bool = False) -> Any:
    """``node`` without prose and vendor extensions: names, types, enums, required lists."""
    if isinstance(node, dict):
        return {
            key: facts(value, key == "properties" and not in_properties)
            for key, value in node.items()
            if in_properties or (key not in PROSE and not key.startswith("x-"))
        }
    if isinstance(node, list):
        return [facts(item) for item in node]
    return node


def with_our_deviations(schemas: dict[str, Any]) -> dict[str, Any]:
    """Kalshi's schemas with the two differences asyncapi.yaml's info.description declares."""
    schemas = copy.deepcopy(schemas)

    def relax(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties") or {}
            if "required" in node:
                node["required"] = [name for name in node["required"] if not properties.get(name, {}).get("deprecated")]
            for value in node.values():
                relax(value)
        elif isinstance(node, list):
            for value in node:
                relax(value)

    relax(schemas)
    fee = schemas["eventFeeUpdatePayload"]["properties"]["msg"]["properties"]
    enum = [value for value in fee["fee_type_override"]["enum"] if value is not None]
    fee["fee_type_override"] = {"anyOf": [{"type": "string", "enum": enum}, {"type": "null"}]}
    fee["fee_multiplier_override"] = {"anyOf": [{"type": "number"}, {"type": "null"}]}
    return schemas


def test_every_message_type_has_a_model_in_kalshi_client_ws() -> None:
    document = load(OURS)
    table = message_models(document)

    assert table == messages.MESSAGE_MODELS
    assert all(hasattr(models, name) for names in table.values() for name in names)
    assert {"orderbook_snapshot", "orderbook_delta", "ticker", "trade", "fill", "user_order"} <= set(table)
    assert table["market_lifecycle_v2"][0] == "MarketMetadataUpdatedPayload"  # pinned by a const: tried first


def test_the_models_read_and_write_kalshis_field_names() -> None:
    frame = {
        "type": "orderbook_snapshot", "sid": 2, "seq": 1,
        "msg": {
            "market_ticker": "A", "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1", "clock": 7,
            "yes_dollars_fp": [["0.4000", "10.00"]], "something_new": True,
        },
    }  # fmt: skip
    parsed = models.OrderbookSnapshotPayload.from_dict(frame)

    assert parsed.msg.market_ticker == "A" and parsed.msg.yes_dollars_fp == [["0.4000", "10.00"]]
    assert parsed.to_dict() == frame


def test_the_conversion_for_the_spec_report_writes_an_openapi_document(tmp_path: Path) -> None:
    import sys

    out = tmp_path / "asyncapi-schemas.yaml"
    argv, sys.argv = sys.argv, ["asyncapi_models", str(OURS), str(out)]
    try:
        assert main() == 0
    finally:
        sys.argv = argv

    converted = load(out)
    assert converted["openapi"] == "3.1.0" and converted == to_openapi(load(OURS))
    assert set(converted["components"]["schemas"]) == set(load(OURS)["components"]["schemas"]) | set(MONEY_SCHEMAS)


def money_fields(node: Any, found: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every property named like money (``*_dollars``, ``*_fp``) in ``node``, by name: its schemas."""
    found = {} if found is None else found
    if isinstance(node, dict):
        for name, schema in (node.get("properties") or {}).items():
            if name.endswith(("_dollars", "_fp")):
                found.setdefault(name, []).append(schema)
        for value in node.values():
            money_fields(value, found)
    elif isinstance(node, list):
        for value in node:
            money_fields(value, found)
    return found


def test_every_field_named_like_money_is_a_fixed_point_string_or_a_list_of_them() -> None:
    """The rule money_refs relies on: the suffix never names anything but fixed-point text."""
    for name, schemas in money_fields(load(OURS)["components"]["schemas"]).items():
        for schema in schemas:
            while schema.get("type") == "array":
                schema = schema["items"]
            assert schema.get("type") == "string" and not schema.keys() & {"enum", "format"}, name


def test_streamed_prices_and_counts_are_decimals_sent_back_as_sent() -> None:
    body = {
        "market_ticker": "KXHIGHNY-26NOV30-T50",
        "market_id": "9a0c2f3e-1d4b-4c55-8e11-2f6a7b8c9d0e",
        "clock": 7,
        "price_dollars": "0.5600",
        "delta_fp": "-12.50",
        "side": "yes",
    }
    delta = models.OrderbookDeltaPayloadMsg.from_dict(body)

    assert (delta.price_dollars, delta.delta_fp) == (Decimal("0.5600"), Decimal("-12.50"))
    assert delta.to_dict() == body


@pytest.fixture(scope="module")
def kalshis() -> dict[str, Any]:
    if not KALSHIS.exists():
        pytest.skip(f"Kalshi's AsyncAPI file is not at {KALSHIS} (it comes with ../shared)")
    return load(KALSHIS)


def test_asyncapi_yaml_has_kalshis_facts_and_names(kalshis: dict[str, Any]) -> None:
    ours = load(OURS)

    assert facts(ours["components"]["schemas"]) == facts(with_our_deviations(kalshis["components"]["schemas"]))
    assert set(ours["channels"]) == set(kalshis["channels"])
    assert {name: m["name"] for name, m in ours["components"]["messages"].items()} == {
        name: m["name"] for name, m in kalshis["components"]["messages"].items()
    }
    assert sorted(entry["code"] for entry in ours["x-error-codes"]) == sorted(
        entry["code"] for entry in kalshis["x-error-codes"]["codes"]
    )


def test_asyncapi_yaml_is_in_our_own_words(kalshis: dict[str, Any]) -> None:
    def prose(node: Any) -> set[str]:
        found: set[str] = set()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary") and isinstance(value, str) and len(value) > 25:
                    found.add(" ".join(value.split()))
                found |= prose(value)
        elif isinstance(node, list):
            for value in node:
                found |= prose(value)
        return found

    assert not prose(load(OURS)) & prose(kalshis)
