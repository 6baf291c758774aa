"""python -m tools.spec: exit 0 when nothing breaks, 1 when something does, 2 when a file cannot be used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.spec.conftest import ROOT
from tests.spec.crafted import BASE, PAIRS, write
from tools.spec.update import report


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command as a maintainer types it, from the repository root."""
    command = [sys.executable, "-m", "tools.spec", *map(str, args)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("rule", sorted(PAIRS))
def test_every_crafted_pair_exits_1_exactly_when_something_breaks(
    rule: str, tmp_path: Path, package_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pair = PAIRS[rule]
    new = write(tmp_path, "new", pair.new())

    code = report(str(BASE), str(new), workdir=package_cache)

    out = capsys.readouterr().out
    assert code == (1 if any("[breaks" in line for line in pair.lines) else 0), out
    for line in pair.lines:
        assert f"  {line.split(' [breaks ')[0]}\n" in out


def test_the_command_line_gives_0_1_and_2(tmp_path: Path) -> None:
    breaking = write(tmp_path, "breaking", PAIRS["response field made optional"].new())
    dangling = tmp_path / "dangling.yaml"
    dangling.write_text(BASE.read_text().replace("schemas/Market'", "schemas/Nope'"))

    same, breaks, unusable = run("report", BASE, BASE), run("report", BASE, breaking), run("report", BASE, dangling)

    assert (same.returncode, same.stdout, same.stderr) == (0, "No changes.\n", "")
    assert breaks.returncode == 1
    assert breaks.stdout.startswith("Breaks readers (1):\n  field Market.title: field made optional\n")
    assert (unusable.returncode, unusable.stdout) == (2, "")
    assert unusable.stderr == (
        f"{dangling}: $ref '#/components/schemas/Nope' at "
        "components.schemas.GetMarketsResponse.properties.markets.items points at nothing (and 1 more)\n"
    )


def test_a_usage_error_exits_2() -> None:
    result = run("report", BASE)

    assert result.returncode == 2
    assert "usage: python -m tools.spec" in result.stderr


def test_markdown_prints_a_changelog_entry(tmp_path: Path) -> None:
    new = write(tmp_path, "new", PAIRS["operation removed"].new())

    result = run("report", BASE, new, "--markdown")

    assert result.stdout.startswith("### Breaks callers\n\n- operation `GetMarket`: operation removed")
