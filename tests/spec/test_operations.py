"""tools.spec.operations: each crafted pair about operations gives exactly its lines."""

from __future__ import annotations

import pytest

from tests.spec.crafted import PAIRS, base, operation, report_lines

RULES = [
    "success schema swapped",
    "success schema retyped",
    "request parameter added as required",
    "request parameter added as optional",
    "request enum value added",
    "request enum compared through $ref",
    "operation removed",
    "operation added",
    "operation renamed",
    "operation moved to another module",
    "route changed",
]


@pytest.mark.parametrize("rule", RULES)
def test_each_pair_reports_exactly_its_change(rule: str) -> None:
    assert sorted(report_lines(PAIRS[rule].new())) == sorted(PAIRS[rule].lines)


def test_a_request_body_made_optional_breaks_nobody_and_one_made_required_breaks_callers() -> None:
    optional = base()
    operation(optional, "/portfolio/orders", "post")["requestBody"]["required"] = False

    assert report_lines(optional) == ["body CreateOrder: request body made optional"]
    assert report_lines(base(), old=optional) == ["body CreateOrder: request body made required [breaks callers]"]


def test_a_success_response_that_loses_its_body_breaks_readers() -> None:
    spec = base()
    del operation(spec, "/markets/{ticker}")["responses"]["200"]["content"]

    assert report_lines(spec) == ["response GetMarket: success response now has no schema [breaks readers]"]


def test_a_parameter_made_required_breaks_callers() -> None:
    spec = base()
    operation(spec, "/markets")["parameters"][0]["required"] = True

    assert report_lines(spec) == ["parameter GetMarkets.limit: parameter made required [breaks callers]"]
