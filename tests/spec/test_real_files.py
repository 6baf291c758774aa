"""Every file Kalshi published (../shared/kalshi-specs and the 3.31.0 reference) gives a report
or one line saying why not.

Compared with our openapi.yaml and each with the next version, through the same function
the command runs. 33 runs; nine of the seventeen files cannot be taken: their $refs point at
nothing (2.0.6) or the generator refuses them (2.0.0, 3.3.0 to 3.8.0: an array without
items); those must exit 2 with that reason, never a traceback.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tests.spec.conftest import KALSHI_SPECS, REFERENCE, ROOT, kalshi_files
from tools.spec.update import report

PRICE_LEVEL = "refuses it: schema /components/schemas/PriceLevelDollars: type array must have items"
UNUSABLE = {
    "kalshi-2.0.0-kalshi-py.yaml": PRICE_LEVEL,
    "kalshi-2.0.6-kalshi-py-sed-0812.yaml": "$ref '#/components/schemas/model.SettlementSource' at ",
    "kalshi-2.0.6-kalshi-py.yaml": "svc-api2.model.SettlementSource' at ",
    "kalshi-2.0.6-kalshimcp.json": "points at nothing (and 4 more)",
    "kalshi-3.3.0-kalshi_NBA.yaml": PRICE_LEVEL,
    "kalshi-3.6.0-HFTKalshiGo.yaml": PRICE_LEVEL,
    "kalshi-3.7.0-pmxt.yaml": PRICE_LEVEL,
    "kalshi-3.8.0-kalshi-node.yaml": PRICE_LEVEL,
    "kalshi-3.8.0-kalshi-researcher.yaml": PRICE_LEVEL,
}


def by_version(path: Path) -> tuple[tuple[int, ...], str]:
    match = re.search(r"-(\d+)\.(\d+)\.(\d+)[-.]", path.name)
    assert match, path.name
    return tuple(int(part) for part in match.groups()), path.name


FILES = sorted(kalshi_files() + ([REFERENCE] if REFERENCE.is_file() else []), key=by_version)
PAIRS = list(itertools.pairwise(FILES))
ABSENT = pytest.param(None, marks=pytest.mark.skip(reason=f"{KALSHI_SPECS} is absent: Kalshi's files are not copied"))


def check(code: int, capsys: pytest.CaptureFixture[str], unusable: list[Path]) -> None:
    """Exit 2 with an unusable file's name and reason as the last line; otherwise a report."""
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if unusable:
        assert code == 2, captured.out
        last = captured.err.strip().splitlines()[-1]
        assert any(f"{path}: " in last and UNUSABLE[path.name] in last for path in unusable), last
    else:
        assert code in (0, 1), captured.err
        assert captured.err == ""
        assert captured.out.strip()


@pytest.mark.parametrize("kalshi", FILES or [ABSENT], ids=lambda path: path.name if path else "absent")
def test_ours_against_each_file(kalshi: Path, package_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = report(str(ROOT / "openapi.yaml"), str(kalshi), workdir=package_cache)

    check(code, capsys, [kalshi] if kalshi.name in UNUSABLE else [])
    if kalshi.name not in UNUSABLE:
        assert code == 1  # every older file lacks operations we describe


@pytest.mark.parametrize(
    "pair", PAIRS or [ABSENT], ids=lambda pair: f"{pair[0].name}->{pair[1].name}" if pair else "absent"
)
def test_each_file_against_the_next(
    pair: tuple[Path, Path], package_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = pair

    code = report(str(old), str(new), workdir=package_cache)

    check(code, capsys, [path for path in pair if path.name in UNUSABLE])


def test_3_12_made_fields_optional_that_readers_relied_on(
    package_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = KALSHI_SPECS / "kalshi-3.10.0-kalshi-node.yaml", KALSHI_SPECS / "kalshi-3.12.0-kalshi-rust.yaml"
    if not old.is_file() or not new.is_file():
        pytest.skip(f"{KALSHI_SPECS} is absent: Kalshi's files are not copied into the project")

    assert report(str(old), str(new), workdir=package_cache) == 1

    out = capsys.readouterr().out
    for field in ("Market.title", "Market.subtitle", "Market.tick_size", "EventData.category"):
        assert f"  field {field}: field made optional\n" in out
    assert out.startswith("Breaks readers (")
