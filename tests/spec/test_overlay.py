"""tools.spec.overlay: OpenAPI Overlay 1.0 documents, applied in name order, stale actions reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.spec.conftest import ROOT
from tests.spec.crafted import base, model
from tools.spec.load import SpecError, parse
from tools.spec.overlay import apply, apply_all, check, files


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_objects_and_remove_deletes() -> None:
    spec, notes = apply(
        base(),
        overlay(
            {"target": "$.components.schemas.Market.properties", "update": {"service": {"type": "string"}}},
            {"target": "$.components.schemas.Market.properties.tick_size", "remove": True},
        ),
        "10-ours.yaml",
    )

    assert model(spec, "Market")["properties"]["service"] == {"type": "string"}
    assert "tick_size" not in model(spec, "Market")["properties"]
    assert notes == []


def test_lists_are_appended_to_without_repeats() -> None:
    spec, notes = apply(base(), overlay({"target": "$.tags", "update": [{"name": "market"}, {"name": "x"}]}), "o.yaml")

    assert spec["tags"] == [{"name": "market"}, {"name": "orders"}, {"name": "x"}]
    assert notes == []


def test_actions_that_no_longer_apply_are_reported() -> None:
    _, notes = apply(
        base(),
        overlay(
            {"target": "$.components.schemas.Gone", "remove": True},
            {"target": "$.components.schemas.Market", "update": {"required": ["ticker"]}},
        ),
        "10-ours.yaml",
    )

    assert notes == [
        "10-ours.yaml action 1 ($.components.schemas.Gone): no longer applies, its target matches nothing",
        "10-ours.yaml action 2 ($.components.schemas.Market): no longer applies, Kalshi's file already says it",
    ]


def test_overlays_apply_in_file_name_order(tmp_path: Path) -> None:
    (tmp_path / "20-later.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        "actions:\n  - target: $.components.schemas.Market.properties.service\n    update: {format: uuid}\n"
    )
    (tmp_path / "10-first.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        "actions:\n  - target: $.components.schemas.Market.properties\n    update: {service: {type: string}}\n"
    )

    spec, notes = apply_all(base(), files(tmp_path))

    assert [path.name for path in files(tmp_path)] == ["10-first.yaml", "20-later.yaml"]
    assert model(spec, "Market")["properties"]["service"] == {"type": "string", "format": "uuid"}
    assert notes == []


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"actions": []}, "o.yaml: not an OpenAPI Overlay 1.0.0 document (overlay: 1.0.0)"),
        (overlay(), "o.yaml: an overlay needs a non-empty list of actions"),
        (overlay({"update": {}}), "o.yaml action 1: needs a target (a JSONPath)"),
        (
            overlay({"target": "$", "update": {}, "remove": True}),
            "o.yaml action 1: needs exactly one of update or remove",
        ),
        (overlay({"target": "$.[", "remove": True}), "o.yaml action 1 ($.[): JSONPath '$.['"),
    ],
)
def test_a_bad_overlay_is_refused_naming_the_file_and_action(document: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match="^") as raised:
        apply(base(), document, "o.yaml")

    assert str(raised.value).startswith(message)


def test_every_overlay_of_the_project_is_one_the_applier_reads() -> None:
    overlays = files(ROOT / "overlays")

    assert [path.name for path in overlays][:1] == ["10-deliberate.yaml"]
    for path in overlays:
        assert check(parse(path.read_text()), path.name)
