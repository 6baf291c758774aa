"""openapi.yaml covers the whole API: every operationId and schema of Kalshi's v3.31.0."""

from __future__ import annotations

import json
from pathlib import Path

from tests.contract.operations import operations, spec

INVENTORY = json.loads((Path(__file__).parent / "inventory.json").read_text())


def test_every_operation_is_described() -> None:
    ours = sorted(operation.operation_id for operation in operations())
    assert len(ours) == INVENTORY["operation_count"] == 117
    assert set(INVENTORY["operations"]) - set(ours) == set(), "operations missing from openapi.yaml"
    assert set(ours) - set(INVENTORY["operations"]) == set(), "operations not in the inventory"


def test_every_schema_is_described() -> None:
    ours = sorted(spec()["components"]["schemas"])
    assert len(ours) == INVENTORY["schema_count"] == 207
    assert ours == INVENTORY["schemas"]


def test_every_tag_used_is_declared() -> None:
    declared = {tag["name"] for tag in spec()["tags"]}
    used = {operation.tag for operation in operations()}
    assert used <= declared, f"undeclared tags: {sorted(used - declared)}"
    assert declared <= used, f"declared but unused tags: {sorted(declared - used)}"
