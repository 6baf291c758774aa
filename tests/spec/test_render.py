"""tools.spec.render: breaking changes first, grouped by whose code they break."""

from __future__ import annotations

from tools.spec import render
from tools.spec.change import Change, Report

REPORT = Report.of(
    [
        Change("field", "Market.title", "field made optional", "readers"),
        Change(
            "operation", "GetEvents", "new operation (GET /events, kalshi_client.api.events.get_events)", None, "added"
        ),
        Change("operation", "GetMarket", "route changed from GET /a to GET /b"),
        Change("parameter", "GetMarkets.series", "new required query parameter", "callers", "added"),
    ],
    notes=["10-deliberate.yaml action 3 ($.tags): no longer applies, Kalshi's file already says it"],
)


def test_text_puts_breaking_changes_first_then_new_then_the_rest_then_notes() -> None:
    assert render.text(REPORT).splitlines() == [
        "Breaks callers (1):",
        "  parameter GetMarkets.series: new required query parameter",
        "Breaks readers (1):",
        "  field Market.title: field made optional",
        "New (1):",
        "  operation GetEvents: new operation (GET /events, kalshi_client.api.events.get_events)",
        "Other changes (1):",
        "  operation GetMarket: route changed from GET /a to GET /b",
        "Notes (1):",
        "  10-deliberate.yaml action 3 ($.tags): no longer applies, Kalshi's file already says it",
    ]


def test_markdown_is_a_changelog_entry_with_each_change_once() -> None:
    assert render.markdown(REPORT).startswith(
        "### Breaks callers\n\n- parameter `GetMarkets.series`: new required query parameter\n\n### Breaks readers\n"
    )
    assert render.markdown(REPORT).count("GetMarkets.series") == 1


def test_no_changes_says_so() -> None:
    assert render.text(Report()) == "No changes."
    assert render.markdown(Report()) == "No changes to the API.\n"
