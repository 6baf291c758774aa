"""The vocabulary of a spec report: one ``Change`` per fact, rated by whose code it breaks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["operation", "parameter", "body", "response", "model", "field", "enum", "python"]
Action = Literal["added", "changed", "removed"]
# Whose code stops working: callers (code that calls a function or builds a request
# model), readers (code that reads what comes back), or any code naming the thing
# (an import, a class, an enum member). None: nobody's.
Breaks = Literal["callers", "readers", "callers and readers", "code naming it"] | None

_KIND_ORDER: dict[Kind, int] = {
    "operation": 0, "parameter": 1, "body": 2, "response": 3, "model": 4, "field": 5, "enum": 6, "python": 7,
}  # fmt: skip


@dataclass(frozen=True)
class Change:
    """One change, phrased for the changelog.

    ``what`` names the thing: an operationId (``GetMarkets``), a parameter
    (``GetMarkets.status``), a model (``Market``), a field (``Market.volume``; inside inline
    objects ``Outer.items[].inner``), an enum (``MarketStatus``) or a Python object
    (``kalshi_client.api.market.get_markets.sync``). ``action`` picks the changelog heading.
    """

    kind: Kind
    what: str
    description: str
    breaks: Breaks = None
    action: Action = "changed"

    @property
    def breaking(self) -> bool:
        return self.breaks is not None

    def __str__(self) -> str:
        rating = f" [breaks {self.breaks}]" if self.breaks else ""
        return f"{self.kind} {self.what}: {self.description}{rating}"


def sort_key(change: Change) -> tuple[int, str, str]:
    return _KIND_ORDER[change.kind], change.what, change.description


@dataclass(frozen=True)
class Report:
    """All changes between two specs (and their generated packages), plus notes.

    ``notes`` are what a maintainer should know that is no change of the API: overlay
    actions that no longer apply, Kalshi's wording taken in for new elements, mojibake.
    """

    changes: tuple[Change, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @classmethod
    def of(cls, changes: Iterable[Change], notes: Iterable[str] = ()) -> Report:
        """A report in a stable order (differs walk sets): by kind, then name."""
        return cls(tuple(sorted(set(changes), key=sort_key)), tuple(notes))

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.breaking)

    @property
    def has_breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    def extended(self, changes: Iterable[Change] = (), notes: Iterable[str] = ()) -> Report:
        return Report.of((*self.changes, *changes), (*self.notes, *notes))
