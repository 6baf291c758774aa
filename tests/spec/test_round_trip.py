"""Kalshi's own file and ours give the same Python API: enum members straight away, everything
once overlays/ has been applied the way ``python -m tools.spec update`` applies it.

Whatever overlays/ holds (ours, and the real-exchange corrections), updating from Kalshi's
3.31.0 file must be a no-op: each overlay action must still change Kalshi's file, and
openapi.yaml must say exactly what Kalshi's file with the overlays says.
"""

from __future__ import annotations

from pathlib import Path

from tests.spec.conftest import ROOT
from tools.spec import python_api
from tools.spec.load import read
from tools.spec.update import compare, generated, prepare

OURS = ROOT / "openapi.yaml"


def api_of(package: Path) -> dict[str, str]:
    """The package's public API, REST side only: kalshi_client.ws comes from asyncapi.yaml, not from
    the OpenAPI file under test (and reports generate without it)."""
    api = python_api.api(python_api.load(package))
    return {path: reading for path, reading in api.items() if not path.startswith(f"{python_api.PACKAGE}.ws")}


def enum_members(api: dict[str, str]) -> dict[str, str]:
    return {path: reading for path, reading in api.items() if reading.startswith("member = ")}


def test_kalshis_file_generates_our_enum_members(reference: Path, package_cache: Path) -> None:
    theirs = api_of(generated(reference, str(reference), package_cache))
    ours = api_of(ROOT / "kalshi_client")

    assert enum_members(theirs) == enum_members(ours)
    assert len(enum_members(ours)) > 100


def test_updating_from_kalshis_file_changes_nothing(reference: Path, tmp_path: Path, package_cache: Path) -> None:
    text, notes = prepare(reference, str(reference), ROOT)

    assert notes == []
    updated = tmp_path / "openapi.yaml"
    updated.write_text(text, encoding="utf-8")
    assert compare(read(OURS), read(updated), None, None).changes == ()
    assert api_of(generated(updated, "updated", package_cache)) == api_of(ROOT / "kalshi_client")
    assert text == OURS.read_text(encoding="utf-8")
