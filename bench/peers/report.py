"""The "Peers" section of BENCHMARKS.md, made of a run's figures."""

from __future__ import annotations

import platform
import sys

from bench.common import machine
from bench.peers.drivers import DRIVERS
from bench.peers.gaps import gaps
from bench.peers.page import markets_page
from bench.peers.results import OURS, PEERS, Results, mib, ms, rate, ratio, times, us


def label(results: Results, name: str) -> str:
    kind = DRIVERS[name]
    title = f"**{kind.label}**" if name == OURS else kind.label
    return f"{title} {results.versions[name]}" if kind.distribution else title


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = [headers, ["---"] * len(headers), *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def calls_table(results: Results) -> str:
    ours_sync, ours_async = results.median(OURS, "sync", "rate"), results.median(OURS, "async", "rate")
    ours_import = results.median(OURS, "import", "seconds")
    rows = []
    for name, kind in DRIVERS.items():
        if not (kind.has_sync or kind.has_async):
            continue
        imported, sync = results.median(name, "import", "seconds"), results.median(name, "sync", "rate")
        concurrent = results.median(name, "async", "rate")
        check, mine = results.checks.get(name, {}), name == OURS
        counted = [check[f"{mode}_signatures"] for mode in ("sync", "async") if f"{mode}_signatures" in check]
        shown_import = (
            ms(imported) if mine or imported is None else f"{ms(imported)} ({times(ratio(imported, ours_import))})"
        )
        cells = [
            label(results, name),
            shown_import,
            mib(results.median(name, "import", "rss")),
            rate(sync) if kind.has_sync else "no sync API",
            "" if mine else times(ratio(ours_sync, sync)),
            us(results.median(name, "sync", "cpu")),
            rate(concurrent) if kind.has_async else "no async API",
            "" if mine else times(ratio(ours_async, concurrent)),
            us(results.median(name, "async", "cpu")),
            " / ".join(f"{count:g}" for count in counted) or "—",
        ]
        rows.append(cells)
    cpu = "client CPU per call"
    headers = ["SDK", "import", "peak RSS", "sync", "ours ×", cpu, "async, 16 concurrent", "ours ×", cpu]
    return table([*headers, "signatures per call"], rows)


def page_table(results: Results) -> str:
    ours_parse = results.median(OURS, "parse", "models")
    rows = []
    for name, kind in DRIVERS.items():
        if not kind.parses:
            continue
        models, plain = results.median(name, "parse", "models"), results.median(name, "parse", "json")
        check, mine = results.checks.get(name, {}), name == OURS
        types = check.get("types", {}).get("value", {})
        cells = [
            label(results, name),
            ms(models) + (" †" if results.page_for(name) == "fixed" else ""),
            times(ratio(models, plain)),
            "" if mine else times(ratio(models, ours_parse)),
            mib(results.median(name, "memory", "held")),
            ms(results.median(name, "fetch", "seconds")),
            "yes" if results.parses_current(name) else ("—" if "error" in check else "**no**"),
            f"{types.get('money', '?')} / {types.get('time', '?')}" if types else "—",
        ]
        rows.append(cells)
    headers = ["SDK", "bytes → models", "÷ `json.loads` of the same bytes", "ours ×", "held by the parsed page"]
    return table([*headers, "GetMarkets call (loopback)", "parses the current page", "price / time as"], rows)


def verdict(met: bool | None) -> str:
    return "n/a" if met is None else ("**met**" if met else "**missed**")


def best(results: Results, measure: str, key: str, highest: bool) -> tuple[str, float] | None:
    figures = [(name, results.median(name, measure, key)) for name in PEERS]
    known = [(name, value) for name, value in figures if value is not None]
    if not known:
        return None
    return (max if highest else min)(known, key=lambda item: item[1])


def cpu_ratio(results: Results, other: str, measure: str) -> str:
    """The same comparison by client CPU per call: steadier than calls/s on a busy machine."""
    value = ratio(results.median(other, measure, "cpu"), results.median(OURS, measure, "cpu"))
    return "" if value is None else f" (by client CPU per call: {times(value)})"


def targets_table(results: Results) -> str:
    """Issue 15's targets, each with the figures it is read from."""
    rows: list[list[str]] = []
    sync = ratio(results.median(OURS, "sync", "rate"), results.median("httpx", "sync", "rate"))
    concurrent = ratio(results.median(OURS, "async", "rate"), results.median("official-async", "async", "rate"))
    parse = ratio(results.median(OURS, "parse", "models"), results.median(OURS, "parse", "json"))
    bounds = (
        (
            "sync ≥ 0.97 of the floor (httpx + one signature)",
            times(sync) + cpu_ratio(results, "httpx", "sync"),
            None if sync is None else sync >= 0.97,
        ),
        (
            "async, 16 concurrent, ≥ 1.5× the official async SDK",
            times(concurrent) + cpu_ratio(results, "official-async", "async"),
            None if concurrent is None else concurrent >= 1.5,
        ),
        ("page bytes → models ≤ 1.5× `json.loads`", times(parse), None if parse is None else parse <= 1.5),
    )
    for text, shown, met in bounds:
        rows.append([text, shown, verdict(met)])
    leads = (
        ("sync ahead of every peer", "sync", "rate", True, rate),
        ("async (16 concurrent) ahead of every peer", "async", "rate", True, rate),
        ("page parse faster than every peer", "parse", "models", False, ms),
        ("import time the lowest", "import", "seconds", False, ms),
        ("parsed-page memory the lowest", "memory", "held", False, mib),
    )
    for text, measure, key, higher, show in leads:
        ours, rival = results.median(OURS, measure, key), best(results, measure, key, highest=higher)
        met = None if ours is None or rival is None else (ours > rival[1] if higher else ours < rival[1])
        shown = "—" if rival is None else f"ours {show(ours)}; best peer {DRIVERS[rival[0]].label} {show(rival[1])}"
        if rival is not None and key == "rate":
            shown += cpu_ratio(results, rival[0], measure)
        rows.append([text, shown, verdict(met)])
    return table(["target", "measured", ""], rows)


def notes(results: Results) -> list[str]:
    """What the checks found about each SDK, and what failed during the run."""
    found = []
    for name, kind in DRIVERS.items():
        check, said = results.checks.get(name, {}), []
        if "error" in check:
            said.append(f"could not run: `{check['error']}`")
        for mode in ("sync", "async"):
            count = check.get(f"{mode}_signatures")
            if count is not None and count != 1:
                said.append(f"signs {count:g} times per {mode} request, and sends one of the signatures")
        server = check.get("server", {})
        if server and server.get("valid") != server.get("requests"):
            said.append(f"{server.get('valid')} of {server.get('requests')} requests carried a valid signature")
        if kind.parses and "error" in check.get("parse", {}):
            said.append(f"cannot parse a current page: `{check['parse']['error']}`")
        for measure, error in results.errors.get(name, {}).items():
            if error != check.get("error"):
                said.append(f"{measure} failed: `{error}`")
        said.extend(kind.remarks)
        claim = results.requires_python.get(name, "")
        if claim.startswith(">=") and tuple(map(int, claim[2:].split("."))) > sys.version_info[:2]:
            said.append(
                f"claims Python {claim}: installed with --ignore-requires-python, and runs here on "
                f"{platform.python_version()}"
            )
        if said:
            found.append(f"- {kind.label}: " + "; ".join(said) + ".")
    return found


def render(results: Results, rounds: int, load: str) -> str:
    fixed = [DRIVERS[name].label for name in DRIVERS if results.page_for(name) == "fixed"]
    dagger = (
        f"\n† {', '.join(fixed)}: cannot parse the current page; timed on the same page with the fields "
        "it requires added (plausible values), against `json.loads` of those bytes.\n"
        if fixed
        else ""
    )
    size = len(markets_page())
    return f"""
Written by `make bench-peers`: every SDK in one run, median of {rounds} interleaved rounds; one
loopback server in its own process answering like Kalshi; the same RSA 2048 key; each SDK
in its own worker process, through its own public call path; {machine()};
load average {load} (the machine is shared: absolute figures move with it, ratios
within a round much less).
"ours ×" is how many times as fast (or, for import, as quick) ours is as that row: above 1.00 ours is ahead.

### Targets (issue 15)

{targets_table(results)}

### Calls: one signed GetBalance

Import: CPU time of the SDK's import lines in a fresh interpreter; peak RSS: that
interpreter after building a client and making one call. Calls per second (wall clock,
the server's share included): 300 sync calls, and 320 async calls on 16 concurrent lanes;
client CPU per call: the worker process's CPU time over those calls, which a busy
machine disturbs much less. Signatures per call are counted at the key (sync / async).

{calls_table(results)}

### A GetMarkets page of 1,000 markets ({size / 1e6:.1f} MB)

Built by bench/peers/page.py in the shape the servers send today (fixed-point strings, no
integer-cent fields). Bytes → models: the steps the SDK's GetMarkets call takes once the body
is in, timed (CPU time) against `json.loads` of the same bytes in the same process, the
garbage collector on as in a program; held: Python memory held by the parsed page
(tracemalloc); the call: the whole public GetMarkets call (wall clock).
{dagger}
{page_table(results)}

### Where ours loses time

{chr(10).join(gaps(results))}

### What the run found

{chr(10).join(notes(results)) or "Nothing: every SDK signed once per call and parsed the page."}
"""
