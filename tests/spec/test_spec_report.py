"""tools.spec_report: each fixture variant of base.yaml yields exactly its one change.

The fixtures are small specs of our own (tests/spec_report/fixtures/), each base.yaml
with one edit, so a test names the edit and the one line the report must show for it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.spec_report import Change, compare_packages, compare_specs, describe_type, render, render_markdown

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE = FIXTURES / "base.yaml"
BIN = ROOT / ".venv" / "bin"

EXPECTED = {
    "added_operation": Change(
        "operation",
        "GetMarketsByEvent",
        "operation added (GET /events/{event_ticker}/markets)",
        breaking=False,
        action="added",
    ),
    "removed_operation": Change(
        "operation", "GetMarket", "operation removed (was GET /markets/{ticker})", breaking=True, action="removed"
    ),
    "removed_field": Change("field", "Market.title", "field removed", breaking=True, action="removed"),
    "field_retyped": Change("field", "Market.volume", "type changed from integer(int64) to string", breaking=True),
    "new_required_parameter": Change(
        "parameter", "GetMarkets.status", "required query parameter added", breaking=True, action="added"
    ),
}


def load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text())
    return loaded


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The tool as a user runs it, from the repository root."""
    command = [sys.executable, "-m", "tools.spec_report", *map(str, args)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("variant", sorted(EXPECTED))
def test_each_variant_reports_exactly_its_change(variant: str) -> None:
    report = compare_specs(load(BASE), load(FIXTURES / f"{variant}.yaml"))

    assert report.changes == (EXPECTED[variant],)
    assert report.has_breaking is EXPECTED[variant].breaking


@pytest.mark.parametrize("variant", sorted(EXPECTED))
def test_cli_exits_1_only_for_breaking_changes(variant: str) -> None:
    result = run_cli(BASE, FIXTURES / f"{variant}.yaml")

    expected = EXPECTED[variant]
    assert result.returncode == (1 if expected.breaking else 0), result.stderr
    assert f"{expected.kind} {expected.what}: {expected.description}" in result.stdout.splitlines()[1]
    assert result.stdout.startswith("Breaking changes (1):" if expected.breaking else "Other changes (1):")


def test_a_spec_compared_with_itself_has_no_changes() -> None:
    result = run_cli(ROOT / "openapi.yaml", ROOT / "openapi.yaml")

    assert (result.returncode, result.stdout) == (0, "No changes.\n")
    assert render(compare_specs(load(BASE), load(BASE))) == "No changes."


def test_markdown_puts_breaking_changes_under_breaking_and_the_rest_under_their_action() -> None:
    removed = render_markdown(compare_specs(load(BASE), load(FIXTURES / "removed_operation.yaml")))
    added = render_markdown(compare_specs(load(BASE), load(FIXTURES / "added_operation.yaml")))

    assert removed == "### Breaking\n\n- operation `GetMarket`: operation removed (was GET /markets/{ticker})\n"
    assert added == (
        "### Added\n\n- operation `GetMarketsByEvent`: operation added (GET /events/{event_ticker}/markets)\n"
    )


def test_a_nullable_allof_ref_reads_as_the_model_or_null() -> None:
    schema = {"allOf": [{"$ref": "#/components/schemas/MarketStatus"}], "nullable": True}

    assert describe_type(schema) == "MarketStatus | null"
    assert describe_type({"type": "array", "items": schema}) == "list[MarketStatus | null]"


def generate(spec: Path, into: Path) -> Path:
    """kalshi_client generated from ``spec`` into ``into``, the way `make generate` does."""
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(ROOT / "generator-config.yaml"),
        "--custom-template-path",
        str(ROOT / "templates"),
        "--meta",
        "none",
        "--fail-on-warning",
        "--output-path",
        str(into / "kalshi_client"),
    ]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return into


def test_griffe_reports_the_removed_operations_module_as_breaking(tmp_path: Path) -> None:
    old = generate(BASE, tmp_path / "old")
    new = generate(FIXTURES / "removed_operation.yaml", tmp_path / "new")

    changes = compare_packages(old, new / "kalshi_client")

    assert changes == [
        Change("python", "kalshi_client.api.market.get_market", "module removed", breaking=True, action="removed")
    ]
    result = run_cli(BASE, FIXTURES / "removed_operation.yaml", "--old-package", old, "--new-package", new)
    assert result.returncode == 1, result.stderr
    assert "  python kalshi_client.api.market.get_market: module removed" in result.stdout.splitlines()
