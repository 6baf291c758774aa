"""The second half of an import probe (bench/peers/processes.py): once the SDK's import
lines are timed, build its client and make one signed call, then report the process's
peak resident memory. So the memory figure is what a program that imports the SDK and
calls it once holds at most, lazy imports included."""

from __future__ import annotations

import asyncio
import json
import resource

from bench.peers.drivers import DRIVERS, Setup


def finish(sdk: str, seconds: float, server: str, key_path: str) -> None:
    kind = DRIVERS[sdk]
    driver = kind(Setup(server, "bench-key-id", key_path))
    if kind.has_sync:
        driver.call()
    elif kind.has_async:

        async def once() -> None:
            await driver.open_async()
            await driver.acall()

        asyncio.run(once())
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rss": peak_kib * 1024}), flush=True)
