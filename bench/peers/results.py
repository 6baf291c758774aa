"""The figures of a `make bench-peers` run, and how each kind of figure is written."""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Any

from bench.peers.drivers import DRIVERS

OURS = "ours"
PEERS = [name for name, kind in DRIVERS.items() if name != OURS and not kind.is_floor]


class Results:
    """Samples per SDK and measure (one per round), the checks, and what failed."""

    def __init__(self, versions: dict[str, tuple[str, str]]) -> None:
        self.versions = {name: installed for name, (installed, _) in versions.items()}
        self.requires_python = {name: requires for name, (_, requires) in versions.items()}
        self.checks: dict[str, dict[str, Any]] = {}
        self.samples: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        self.errors: dict[str, dict[str, str]] = {}

    def add(self, name: str, measure: str, answer: dict[str, Any]) -> None:
        if "error" in answer:
            self.errors.setdefault(name, {}).setdefault(measure, answer["error"])
        else:
            self.samples[name][measure].append(answer)

    def failed(self, name: str, measure: str) -> bool:
        return measure in self.errors.get(name, {}) or "start" in self.errors.get(name, {})

    def parses_current(self, name: str) -> bool:
        return bool(self.checks.get(name, {}).get("parse", {}).get("value") == 1000)

    def page_for(self, name: str) -> str | None:
        """The page an SDK is timed on: the current one, else one with the fields it requires."""
        if not DRIVERS[name].parses or self.failed(name, "parse"):
            return None
        if self.parses_current(name):
            return "current"
        return "fixed" if DRIVERS[name].page_fixups else None

    def page_call_works(self, name: str) -> bool:
        ok = self.checks.get(name, {}).get("page_call", {}).get("value") == 1000
        return bool(ok) and not self.failed(name, "fetch")

    def median(self, name: str, measure: str, key: str) -> float | None:
        values = [sample[key] for sample in self.samples[name][measure]]
        return statistics.median(values) if values else None


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def us(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1e6:.0f} µs"


def mib(size: float | None) -> str:
    return "—" if size is None else f"{size / 2**20:.1f} MiB"


def rate(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}/s"


def times(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    return None if numerator is None or not denominator else numerator / denominator
