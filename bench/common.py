"""Shared by the benchmarks: medians, the machine's description, and BENCHMARKS.md."""

from __future__ import annotations

import os
import platform
import re
import statistics
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def record(section: str, body: str) -> None:
    """Replace (or add) the section headed ``## section`` in BENCHMARKS.md."""
    text = (
        RESULTS.read_text()
        if RESULTS.exists()
        else "# Benchmarks\n\nWritten by `make bench`; each figure is from one run.\n"
    )
    block = f"## {section}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(section)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    text = pattern.sub(lambda _: block + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + block
    RESULTS.write_text(text.rstrip() + "\n")


def interleaved(runs: int, *measures: Callable[[], float]) -> list[list[float]]:
    """Run the measures in turn ``runs`` times, so that noise hits them alike."""
    samples: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for index, measure in enumerate(measures):
            samples[index].append(measure())
    return samples
