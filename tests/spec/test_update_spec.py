"""make update-spec: a new spec is validated, generated and reported before it lands."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tools.generate import generate
from tools.update_spec import main, update

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose openapi.yaml is the base fixture, with kalshi_client generated from it."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copyfile(FIXTURES / "base.yaml", root / "openapi.yaml")
    generate(root / "openapi.yaml", root)
    return root


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_a_compatible_spec_lands_with_a_changelog_entry(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert update(str(FIXTURES / "added_operation.yaml"), allow_breaking=False, root=project) == 0

    assert (project / "openapi.yaml").read_bytes() == (FIXTURES / "added_operation.yaml").read_bytes()
    assert (project / "kalshi_client" / "api" / "market" / "get_markets_by_event.py").exists()
    changelog = (project / "CHANGELOG.md").read_text()
    assert "## openapi.yaml 1.0.0 -> 1.1.0" in changelog
    assert "operation `GetMarketsByEvent`" in changelog
    assert "GetMarketsByEvent" in capsys.readouterr().out


def test_a_breaking_spec_is_refused_and_nothing_changes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(project)

    assert update(str(FIXTURES / "removed_field.yaml"), allow_breaking=False, root=project) == 1

    assert snapshot(project) == before
    captured = capsys.readouterr()
    assert "field Market.title: field removed" in captured.out
    assert "ALLOW_BREAKING=1" in captured.err


def test_allow_breaking_lets_it_land(project: Path) -> None:
    assert update(str(FIXTURES / "removed_operation.yaml"), allow_breaking=True, root=project) == 0

    assert not (project / "kalshi_client" / "api" / "market" / "get_market.py").exists()
    assert "### Breaking" in (project / "CHANGELOG.md").read_text()


@pytest.mark.parametrize("fixture", ["invalid.yaml", "ungeneratable.yaml", "does-not-exist.yaml"])
def test_a_bad_spec_leaves_the_tree_byte_for_byte(
    project: Path, fixture: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(project)

    assert update(str(FIXTURES / fixture), allow_breaking=True, root=project) == 2

    assert snapshot(project) == before
    assert "Nothing changed" in capsys.readouterr().err


def test_report_touches_nothing_and_exits_1_on_breaking(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(FIXTURES / "base.yaml"), str(FIXTURES / "new_required_parameter.yaml")]) == 1
    out = capsys.readouterr().out
    assert "Breaking changes" in out

    assert main(["report", str(FIXTURES / "base.yaml"), str(FIXTURES / "added_operation.yaml")]) == 0
