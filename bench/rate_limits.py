"""Rate limits: 64 callers at once against the bucket exchange (Basic tier), with and
without the limiter, and threads and tasks sharing one client.

The load and the exchange are the tests' (``tests/bucket_load.py``,
``tests/bucket_exchange.py``); here each mode runs several times and the medians go to
BENCHMARKS.md.
"""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric import ed25519

from bench.common import machine, record
from tests.bucket_exchange import RunningExchange
from tests.bucket_load import CALLERS, SECONDS, _calls, basic_exchange, client_for, figures, run_tasks, run_threads

RUNS = 3


def threads(exchange: RunningExchange, key: ed25519.Ed25519PrivateKey, rate_limit: str | None) -> list[int]:
    with client_for(exchange, key, rate_limit) as client:
        return run_threads(client)


def tasks(exchange: RunningExchange, key: ed25519.Ed25519PrivateKey, rate_limit: str | None) -> list[int]:
    async def main() -> list[int]:
        async with client_for(exchange, key, rate_limit) as client:
            return await run_tasks(client)

    return asyncio.run(main())


def shared(exchange: RunningExchange, key: ed25519.Ed25519PrivateKey, shares: dict[str, int]) -> list[int]:
    """Half the callers are threads, half tasks on one event loop, all on one client and
    with the same mix of readers and writers; they join the queue alternately."""
    client = client_for(exchange, key)
    statuses: list[int] = []
    starts = [threading.Event() for _ in range(CALLERS // 2)]
    end = time.monotonic() + SECONDS

    def thread(index: int) -> None:
        calls, turn = _calls(index), index
        starts[index].wait()
        while time.monotonic() < end:
            module, args, kwargs = calls[turn % len(calls)]
            statuses.append(module.sync_detailed(*args, client=client, **kwargs).status_code)
            shares["threads"] += 1
            turn += 1

    async def task(index: int) -> None:
        calls, turn = _calls(index), index
        while time.monotonic() < end:
            module, args, kwargs = calls[turn % len(calls)]
            statuses.append((await module.asyncio_detailed(*args, client=client, **kwargs)).status_code)
            shares["tasks"] += 1
            turn += 1

    async def tasks() -> None:
        started = []
        for index, start in enumerate(starts):
            started.append(asyncio.create_task(task(index)))
            await asyncio.sleep(0)  # the task takes its place in the queue...
            start.set()  # ...then a thread takes its own
        await asyncio.gather(*started)
        await client.get_async_httpx_client().aclose()

    with client:
        workers = [threading.Thread(target=thread, args=(index,)) for index in range(CALLERS // 2)]
        for worker in workers:
            worker.start()
        asyncio.run(tasks())
        for worker in workers:
            worker.join()
    return statuses


def measure(run: Callable[[RunningExchange, ed25519.Ed25519PrivateKey], list[int]]) -> list[str]:
    """Median figures of ``RUNS`` runs, each on a fresh exchange, as table cells."""
    key = ed25519.Ed25519PrivateKey.generate()
    rows = []
    for _ in range(RUNS):
        with basic_exchange(key) as exchange:
            statuses = run(exchange, key)
            rows.append((len(statuses), figures(exchange)))
    read, write = ([row[1][kind] for row in rows] for kind in ("read", "write"))
    median = statistics.median
    return [
        f"{median(row[0] for row in rows):.0f}",
        f"{median(b.requests for b in read):.0f} / {median(b.requests for b in write):.0f}",
        f"{sum(b.refused for b in read + write)}",
        f"{median(b.used for b in read):.1%}",
        f"{median(b.used for b in write):.1%}",
        f"{median(max(r.seconds, w.seconds) for r, w in zip(read, write, strict=True)):.1f} s",
    ]


def main() -> None:
    shares = {"threads": 0, "tasks": 0}
    modes = {
        '64 threads, `rate_limit="basic"`': lambda exchange, key: threads(exchange, key, "basic"),
        '64 tasks, `rate_limit="basic"`': lambda exchange, key: tasks(exchange, key, "basic"),
        '64 threads, `rate_limit="auto"`': lambda exchange, key: threads(exchange, key, "auto"),
        "32 threads + 32 tasks, one client": lambda exchange, key: shared(exchange, key, shares),
        "64 threads, no limiter": lambda exchange, key: threads(exchange, key, None),
    }
    header = "| callers | calls | reads / writes let through | 429s (all runs) | read budget used | write budget used |"
    lines = [header + " first to last request |", "| --- " * 7 + "|"]
    for label, run in modes.items():
        lines.append(f"| {label} | " + " | ".join(measure(run)) + " |")
        print(lines[-1], flush=True)
    body = (
        f"Median of {RUNS} runs each, every run on a fresh exchange; the loopback bucket exchange "
        f"(tests/bucket_exchange.py, its own process) enforcing the Basic tier (200 / 100 tokens/s, buckets of "
        f"200 / 100, charged on arrival); each caller calls for {SECONDS} s, reads and writes mixed with batches "
        f"(tests/bucket_load.py); {machine()}.\n\n"
        + "\n".join(lines)
        + "\n\nBudget used is tokens let through / (capacity + refill rate x seconds from first to last request), "
        "per bucket. Without the limiter the callers get what the buckets give and a 429 for the rest. "
        f"Threads and tasks sharing one client made {shares['threads']} and {shares['tasks']} calls over all runs."
    )
    record("Rate limits", body)


if __name__ == "__main__":
    main()
