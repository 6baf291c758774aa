"""64 callers at once against an exchange that meters like Kalshi's: no 429, the budget used.

The exchange (``tests/bucket_exchange.py``, in its own process) enforces the Basic tier's
buckets exactly as Kalshi documents them: full at the start, refilled continuously,
charged on arrival, 429 with no Retry-After. The load (``tests/bucket_load.py``) mixes
reads, writes and batches. The figures are printed (``pytest -s``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_auth import TIERS, KalshiClient, RateLimiter
from kalshi_client.api.market import get_markets
from tests.bucket_exchange import RunningExchange
from tests.bucket_load import basic_exchange, client_for, describe, figures, run_tasks, run_threads
from tests.conftest import KEY_ID


@pytest.fixture
def exchange(ed25519_key: ed25519.Ed25519PrivateKey) -> Iterator[RunningExchange]:
    with basic_exchange(ed25519_key) as running:
        yield running


def test_64_threads_meet_no_429_and_use_the_budget(
    exchange: RunningExchange, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    with client_for(exchange, ed25519_key) as client:
        statuses = run_threads(client)

    buckets = figures(exchange)
    print(describe("threads", buckets, statuses))
    assert set(statuses) <= {200, 201}
    assert [b.refused for b in buckets.values()] == [0, 0]
    assert all(b.used >= 0.9 for b in buckets.values())


def test_64_tasks_meet_no_429_and_use_the_budget(
    exchange: RunningExchange, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    async def main() -> list[int]:
        async with client_for(exchange, ed25519_key) as client:
            return await run_tasks(client)

    statuses = asyncio.run(main())

    buckets = figures(exchange)
    print(describe("tasks", buckets, statuses))
    assert set(statuses) <= {200, 201}
    assert [b.refused for b in buckets.values()] == [0, 0]
    assert all(b.used >= 0.9 for b in buckets.values())


def test_auto_reads_the_limits_once_then_paces_by_them(
    exchange: RunningExchange, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    with client_for(exchange, ed25519_key, rate_limit="auto") as client:
        statuses = run_threads(client)
        limiter = client.settings.rate_limit

    buckets = figures(exchange)
    print(describe("auto", buckets, statuses))
    assert isinstance(limiter, RateLimiter) and limiter.limit == TIERS["basic"]
    counts = exchange.stats()["counts"]
    assert counts["GET /account/limits"] == 1 and counts["GET /account/endpoint_costs"] == 1
    assert [b.refused for b in buckets.values()] == [0, 0]
    assert all(b.used >= 0.9 for b in buckets.values())


def test_after_a_429_the_retry_waits_for_the_exchanges_bucket(
    exchange: RunningExchange, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    limiter = RateLimiter(TIERS["basic"], jitter=lambda: 1.0)
    client = KalshiClient(
        key_id=KEY_ID, private_key=ed25519_key, base_url=exchange.base_url, rate_limit=limiter, max_retries=2
    )
    exchange.drain("read", seconds=1.0)  # another client of this account overdrew it

    with client:
        page = get_markets.sync(client=client)  # refused, the bucket paused 1.25 s, then served

    assert page.markets is not None
    assert exchange.stats()["buckets"]["read"]["refused"] == 1
