"""One SDK in its own long-lived process, measuring on request.

The runner (bench/peers/__main__.py) starts one worker per SDK and sends each, in turn,
one JSON line per measurement; the worker answers with one JSON line. So the rounds
interleave across SDKs while no SDK shares a process (its imports, caches, garbage and
event loop) with another. A failure is answered as `{"error": ...}`, never by dying, so
that one broken peer leaves the others' figures whole. With `--check` the worker counts
signatures (bench/peers/counting.py) and is used only for the checks, never timed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any, TextIO

from bench.peers.page import markets_page

CONCURRENCY = 16


class Worker:
    def __init__(self, name: str, setup: Any, check: bool) -> None:
        if check:
            from bench.peers import counting

            counting.install()
            self.counting: Any = counting
        from bench.peers.drivers import DRIVERS
        from bench.peers.drivers.base import with_fixups

        self.kind = DRIVERS[name]
        self.loop = asyncio.new_event_loop()
        self.driver = self.kind(setup)
        if self.kind.has_async:
            self.loop.run_until_complete(self.driver.open_async())
        self.pages = {"current": markets_page()}
        if self.kind.page_fixups:
            self.pages["fixed"] = with_fixups(self.pages["current"], self.kind.page_fixups)

    def sync(self, calls: int) -> dict[str, Any]:
        """Calls per second (wall clock, server included), and this process's CPU time per call."""
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(calls):
            self.driver.call()
        return {"rate": calls / (time.perf_counter() - start), "cpu": (time.process_time() - cpu) / calls}

    def concurrent(self, calls: int) -> dict[str, Any]:
        """The same, on 16 lanes that each make their calls one after another."""

        async def lane() -> None:
            for _ in range(calls // CONCURRENCY):
                await self.driver.acall()

        async def lanes() -> None:
            await asyncio.gather(*(lane() for _ in range(CONCURRENCY)))

        done = calls // CONCURRENCY * CONCURRENCY
        start, cpu = time.perf_counter(), time.process_time()
        self.loop.run_until_complete(lanes())
        return {"rate": done / (time.perf_counter() - start), "cpu": (time.process_time() - cpu) / done}

    def parse(self, page: str, reps: int) -> dict[str, Any]:
        """Models and `json.loads` of the same bytes, alternately, in this process. CPU time:
        the work is all CPU, and time the machine gave to other processes must not count."""
        body = self.pages[page]
        models = plain = 0.0
        for _ in range(reps):
            start = time.process_time()
            parsed = self.driver.parse(body)
            models += time.process_time() - start
            del parsed
            start = time.process_time()
            parsed = json.loads(body)
            plain += time.process_time() - start
            del parsed
        return {"models": models / reps, "json": plain / reps}

    def fetch(self, reps: int) -> dict[str, Any]:
        start = time.perf_counter()
        for _ in range(reps):
            self.fetch_once()
        return {"seconds": (time.perf_counter() - start) / reps}

    def fetch_once(self) -> object:
        if self.kind.has_sync:
            return self.driver.fetch_page()
        return self.loop.run_until_complete(self.driver.afetch_page())

    def memory(self, page: str) -> dict[str, Any]:
        """Bytes held by one parsed page (after a warm-up parse, so one-off caches don't count)."""
        body = self.pages[page]
        self.driver.parse(body)
        gc.collect()
        tracemalloc.start()
        parsed = self.driver.parse(body)
        gc.collect()
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del parsed
        return {"held": held, "peak": peak}

    def check(self, calls: int) -> dict[str, Any]:
        """Signatures per call (sync and async), whether the current page parses, and a page call."""
        result: dict[str, Any] = {}
        for mode, run in (("sync", self.kind.has_sync), ("async", self.kind.has_async)):
            if run:
                before = self.counting.signatures
                if mode == "sync":
                    self.sync(calls)
                else:
                    self.concurrent(calls)
                result[f"{mode}_signatures"] = (self.counting.signatures - before) / calls
        if self.kind.parses:
            result["parse"] = attempt(lambda: len(self.driver.market_list(self.driver.parse(self.pages["current"]))))
            result["page_call"] = attempt(lambda: len(self.driver.market_list(self.fetch_once())))
            result["types"] = attempt(self.types)
        return result

    def types(self) -> dict[str, str]:
        """The Python types the SDK gives a price and a time (from the page it can parse)."""
        page = self.pages["current"] if "fixed" not in self.pages else self.pages["fixed"]
        market = self.driver.market_list(self.driver.parse(page))[0]
        fields = market if isinstance(market, dict) else {name: getattr(market, name, None) for name in dir(market)}
        return {
            role: type(fields[field]).__name__ if field in fields else "no such field"
            for role, field in (("money", self.kind.money_field), ("time", self.kind.time_field))
        }

    def handle(self, command: dict[str, Any]) -> dict[str, Any]:
        operation = command.pop("op")
        measures: dict[str, Callable[..., dict[str, Any]]] = {
            "sync": self.sync,
            "async": self.concurrent,
            "parse": self.parse,
            "fetch": self.fetch,
            "memory": self.memory,
            "check": self.check,
        }
        return measures[operation](**command)


def attempt(run: Callable[[], object]) -> dict[str, Any]:
    try:
        return {"value": run()}
    except Exception as error:  # noqa: BLE001 (whatever a peer raises is the finding)
        return {"error": describe(error)}


def describe(error: BaseException) -> str:
    """One line, without pydantic's echo of the input and its link."""
    text = " ".join(str(error).split())
    text = re.sub(r" ?\[type=.*?input_type=\w+\]| ?For further information visit \S+", "", text)
    return f"{type(error).__name__}: {text}"[:300]


def serve(name: str, setup: Any, check: bool, out: TextIO) -> None:
    try:
        worker = Worker(name, setup, check)
        out.write(json.dumps({"ready": True}) + "\n")
    except Exception as error:  # noqa: BLE001 (a peer that cannot start is reported, not fatal)
        out.write(json.dumps({"error": describe(error)}) + "\n")
        out.flush()
        return
    out.flush()
    for line in sys.stdin:
        try:
            answer = worker.handle(json.loads(line))
        except Exception as error:  # noqa: BLE001 (one failed measure must not end the others)
            answer = {"error": describe(error)}
        out.write(json.dumps(answer) + "\n")
        out.flush()


def main() -> None:
    from bench.peers.drivers.base import Setup

    parser = argparse.ArgumentParser()
    parser.add_argument("sdk")
    parser.add_argument("root")
    parser.add_argument("key_path")
    parser.add_argument("--check", action="store_true")
    arguments = parser.parse_args()
    # Answers go to the real stdout; whatever an SDK prints goes to stderr with its logs.
    out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(arguments.sdk, Setup(arguments.root, "bench-key-id", arguments.key_path), arguments.check, out)


if __name__ == "__main__":
    main()
