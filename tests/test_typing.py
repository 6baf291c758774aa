"""What type checkers make of a user's code: money, enum strings and pagination, under mypy and pyright.

One small typed program is checked the way a user's editor or CI would check it, against the
installed packages. Lines marked ``# wrong`` must be refused; every other line must pass.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parent.parent
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

USER_CODE = """
from decimal import Decimal
from typing import Final

from kalshi_auth import KalshiClient, apaginate, paginate
from kalshi_client.api.market import get_markets
from kalshi_client.api.portfolio import get_positions
from kalshi_client.models import BookSide, CreateOrderV2Request, GetPositionsResponse, SelfTradePreventionType


def read(client: KalshiClient) -> None:
    for market in paginate(get_markets, client=client, status="open", max_items=10):
        reveal_type(market)  # expect: Market
        reveal_type(market.yes_bid_dollars)  # expect: Decimal
    for position in paginate(get_positions, client=client, items=lambda page: page.market_positions):
        reveal_type(position)  # expect: MarketPosition
    for anything in paginate(get_positions, client=client, items="event_positions"):
        reveal_type(anything)  # expect: Any
    get_markets.sync(client=client, status="open")
    get_markets.sync(client=client, status="opne")  # wrong: not a status


async def read_async(client: KalshiClient) -> None:
    async for market in apaginate(get_markets, client=client):
        reveal_type(market)  # expect: Market


def order() -> list[CreateOrderV2Request]:
    gtc: Final = "good_till_canceled"
    stp = SelfTradePreventionType.MAKER
    return [
        CreateOrderV2Request("T", "bid", "0.56", 1, time_in_force="fill_or_kill", self_trade_prevention_type="maker"),
        CreateOrderV2Request("T", BookSide.ASK, Decimal("0.5600"), Decimal("2.50"), gtc, stp),
        CreateOrderV2Request("T", "bid", 0.56, 1, gtc, stp),  # wrong: a float
        CreateOrderV2Request("T", "up", "0.56", 1, gtc, stp),  # wrong: not a side
    ]


def positions(page: GetPositionsResponse) -> None:
    reveal_type(page)  # expect: GetPositionsResponse
"""


def expected() -> tuple[dict[int, str], set[int]]:
    """Line number -> revealed type, and the lines that must be errors."""
    reveals, wrong = {}, set()
    for number, line in enumerate(USER_CODE.splitlines(), start=1):
        if "# expect: " in line:
            reveals[number] = line.split("# expect: ")[1].strip()
        if "# wrong" in line:
            wrong.add(number)
    return reveals, wrong


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("user") / "user_code.py"
    path.write_text(USER_CODE)
    return path


@cache
def _short(type_text: str) -> str:
    """``kalshi_client.models.market.Market`` -> ``Market``; ``decimal.Decimal`` -> ``Decimal``."""
    return re.sub(r"\b[\w.]+\.(\w+)", r"\1", type_text).rstrip("?")


def test_mypy_sees_typed_items_decimal_money_and_enum_strings(program: Path, tmp_path: Path) -> None:
    stdout, _, _ = mypy_api.run(
        [str(program), "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"), "--show-absolute-path"]
    )
    reveals, wrong = expected()
    seen: dict[int, str] = {}
    errors: set[int] = set()
    for line in stdout.splitlines():
        found = re.match(rf"{re.escape(str(program))}:(\d+): (\w+): (.*)", line)
        if not found:
            continue
        number, kind, text = int(found[1]), found[2], found[3]
        if kind == "note" and text.startswith("Revealed type is "):
            seen[number] = _short(text.removeprefix("Revealed type is ").strip('"'))
        elif kind == "error":
            errors.add(number)
    assert seen == reveals, stdout
    assert errors == wrong, stdout


@pytest.mark.skipif(not PYRIGHT.exists(), reason="pyright is not installed: run `make` (npm ci installs it)")
def test_pyright_sees_the_same(program: Path) -> None:
    done = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, str(program)],
        capture_output=True,
        text=True,
        check=False,
        cwd=program.parent,
        timeout=600,
    )
    report = json.loads(done.stdout)
    reveals, wrong = expected()
    seen: dict[int, str] = {}
    errors: set[int] = set()
    for diagnostic in report["generalDiagnostics"]:
        number = diagnostic["range"]["start"]["line"] + 1
        if diagnostic["severity"] == "information" and diagnostic["message"].startswith("Type of "):
            seen[number] = _short(diagnostic["message"].rsplit(" is ", 1)[1].strip('"'))
        elif diagnostic["severity"] == "error":
            errors.add(number)
    assert seen == reveals, done.stdout
    assert errors == wrong, done.stdout


def test_pyright_is_a_pinned_dev_tool() -> None:
    package = json.loads((ROOT / "package.json").read_text())
    assert re.fullmatch(r"\d+\.\d+\.\d+", package["devDependencies"]["pyright"])
    assert shutil.which("node") or not PYRIGHT.exists()
