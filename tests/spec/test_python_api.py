"""tools.spec.python_api: the public API of a generated package, and what users' code loses."""

from __future__ import annotations

from pathlib import Path

from tests.spec.crafted import BASE, PAIRS, write
from tools.spec import python_api
from tools.spec.update import generated


def python_changes(rule: str, tmp_path: Path, cache: Path) -> list[str]:
    new = write(tmp_path, "new", PAIRS[rule].new())
    old_package, new_package = generated(BASE, "base", cache), generated(new, "new", cache)
    return [str(change) for change in python_api.changes(old_package, new_package)]


def test_a_swapped_success_schema_changes_what_the_functions_return(tmp_path: Path, package_cache: Path) -> None:
    lines = python_changes("success schema swapped", tmp_path, package_cache)

    module = "kalshi_client.api.market.get_market"
    assert f"python {module}.sync: returns GetMarketsResponse instead of GetMarketResponse [breaks readers]" in lines
    assert f"python {module}.asyncio: returns GetMarketsResponse instead of GetMarketResponse [breaks readers]" in lines


def test_renamed_varnames_are_renamed_members(tmp_path: Path, package_cache: Path) -> None:
    lines = python_changes("x-enum-varnames renamed", tmp_path, package_cache)

    assert lines == [
        "python kalshi_client.models.side.Side.SIDE_NO: enum member renamed BUY_NO [breaks code naming it]",
        "python kalshi_client.models.side.Side.SIDE_YES: enum member renamed BUY_YES [breaks code naming it]",
    ]


def test_a_removed_operation_removes_its_module(tmp_path: Path, package_cache: Path) -> None:
    lines = python_changes("operation removed", tmp_path, package_cache)

    assert lines == ["python kalshi_client.api.market.get_market: module removed [breaks code naming it]"]


def test_a_new_required_parameter_breaks_callers(tmp_path: Path, package_cache: Path) -> None:
    lines = python_changes("request parameter added as required", tmp_path, package_cache)

    assert "python kalshi_client.api.market.get_markets.sync: parameter was added as required: series_ticker" in (
        line.removesuffix(" [breaks callers]") for line in lines
    )


def test_the_api_map_reads_signatures_and_enum_members(package_cache: Path) -> None:
    api = python_api.api(python_api.load(generated(BASE, "base", package_cache)))

    assert api["kalshi_client.models.side.Side.SIDE_YES"] == "member = 'yes'"
    assert api["kalshi_client.api.market.get_market.sync"] == (
        "def (positional or keyword ticker: str, keyword-only client: AuthenticatedClient | Client)"
        " -> GetMarketResponse"
    )
    assert api["kalshi_client.models.Market"] == "= kalshi_client.models.market.Market"
