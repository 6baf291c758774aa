"""A report as plain text (a terminal) or as a CHANGELOG.md entry (Markdown).

Breaking changes come first, grouped by whose code they break, because they need acting
on; then what is new, then the rest; then the notes (deviations, wording, mojibake).
"""

from __future__ import annotations

from tools.spec.change import Change, Report

_GROUPS = (
    ("Breaks callers", "callers"),
    ("Breaks readers", "readers"),
    ("Breaks callers and readers", "callers and readers"),
    ("Breaks code naming it", "code naming it"),
)


def _sections(report: Report) -> list[tuple[str, list[Change]]]:
    sections = [(title, [c for c in report.changes if c.breaks == who]) for title, who in _GROUPS]
    sections.append(("New", [c for c in report.changes if not c.breaking and c.action == "added"]))
    sections.append(("Other changes", [c for c in report.changes if not c.breaking and c.action != "added"]))
    return [(title, changes) for title, changes in sections if changes]


def _line(change: Change) -> str:
    return f"{change.kind} {change.what}: {change.description}"


def text(report: Report) -> str:
    """Plain text; "No changes." when there are none."""
    lines: list[str] = []
    for title, changes in _sections(report):
        lines.append(f"{title} ({len(changes)}):")
        lines.extend(f"  {_line(change)}" for change in changes)
    if not report.changes:
        lines.append("No changes.")
    if report.notes:
        lines.append(f"Notes ({len(report.notes)}):")
        lines.extend(f"  {note}" for note in report.notes)
    return "\n".join(lines)


def markdown(report: Report) -> str:
    """A CHANGELOG.md entry body: one ``###`` section per group, each change listed once."""
    if not report.changes:
        return "No changes to the API.\n"
    blocks = [
        f"### {title}\n\n" + "\n".join(f"- {change.kind} `{change.what}`: {change.description}" for change in changes)
        for title, changes in _sections(report)
    ]
    return "\n\n".join(blocks) + "\n"
