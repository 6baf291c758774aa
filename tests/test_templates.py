"""Each custom template overrides a stock one of the pinned generator and says why."""

from __future__ import annotations

import difflib
from pathlib import Path

import openapi_python_client
import pytest

OURS = Path(__file__).resolve().parent.parent / "templates"
STOCK = Path(openapi_python_client.__file__).parent / "templates"
CUSTOM = sorted(path.relative_to(OURS) for path in OURS.rglob("*.jinja"))


@pytest.mark.parametrize("template", CUSTOM, ids=str)
def test_custom_template_is_a_commented_change_of_a_stock_one(template: Path) -> None:
    assert (STOCK / template).exists(), f"{template} overrides no stock template of the pinned generator"
    ours = (OURS / template).read_text().splitlines()
    changed = [
        line
        for line in difflib.unified_diff((STOCK / template).read_text().splitlines(), ours, lineterm="", n=0)
        if line.startswith("+") and not line.startswith("+++")
    ]
    assert changed, f"{template} is the same as the stock one: delete it"
    assert any("KALSHI:" in line for line in changed), f"{template} changes the stock one without a KALSHI: comment"
