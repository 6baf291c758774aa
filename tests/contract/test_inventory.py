"""openapi.yaml covers the whole API: every operation and schema of Kalshi's file of the
same version, counted from the files themselves, never written down here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contract.operations import ROOT, operations, spec
from tools.spec import walk
from tools.spec.load import read

REFERENCE = ROOT.parent / "shared" / "reference" / "kalshi-trade-api-v2-3.31.0.yaml"


def kalshi() -> dict[str, Any]:
    """Kalshi's published file, when ../shared has it and it is the version we describe."""
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is absent: Kalshi's file is third-party data beside the project, not in it")
    theirs = read(Path(REFERENCE))
    if theirs["info"]["version"] != spec()["info"]["version"]:
        pytest.skip(f"openapi.yaml describes {spec()['info']['version']}, ../shared holds {theirs['info']['version']}")
    return theirs


def test_every_operation_of_kalshis_file_is_described() -> None:
    ours = {operation.operation_id for operation in operations()}
    theirs = {operation.operation_id for operation in walk.operations(kalshi())}

    assert sorted(theirs - ours) == [], "operations missing from openapi.yaml"
    assert sorted(ours - theirs) == [], "operations Kalshi's file does not have"
    assert len(ours) == len(operations()), "an operationId used twice"


def test_every_schema_of_kalshis_file_is_described() -> None:
    ours = set(spec()["components"]["schemas"])
    theirs = set(kalshi()["components"]["schemas"])

    assert sorted(theirs - ours) == [], "schemas missing from openapi.yaml"
    assert sorted(ours - theirs) == [], "schemas Kalshi's file does not have"


def test_every_tag_used_is_declared() -> None:
    declared = {tag["name"] for tag in spec()["tags"]}
    used = {operation.tag for operation in operations()}
    assert used <= declared, f"undeclared tags: {sorted(used - declared)}"
    assert declared <= used, f"declared but unused tags: {sorted(declared - used)}"
