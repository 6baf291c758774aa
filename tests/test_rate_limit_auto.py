"""rate_limit="auto": the account's own limits and costs, read once, on first use."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_auth import TIERS, KalshiTimeoutError, RateLimit
from kalshi_auth.rate_limit import Budget, RateLimitWarning
from kalshi_client.api.market import get_markets
from tests.fake_exchange import signature_is_valid
from tests.rate_limit_helpers import FakeClock, client_on, fitting_answer, limiter_on

#: A tier with no published numbers: only GET /account/limits tells them.
EXPERT = {
    "usage_tier": "expert",
    "read": {"refill_rate": 150, "bucket_capacity": 300},
    "write": {"refill_rate": 120, "bucket_capacity": 120},
    "grants": [],
}
COSTS = {"default_cost": 10, "endpoint_costs": [{"method": "GET", "path": "/trade-api/v2/markets", "cost": 20}]}
BEHIND_A_PROXY = "http://exchange.test/kalshi/trade-api/v2"


def account(
    key: ed25519.Ed25519PrivateKey,
    limits: Callable[[], httpx.Response] = lambda: httpx.Response(200, json=EXPERT),
    costs: Callable[[], httpx.Response] = lambda: httpx.Response(200, json=COSTS),
) -> Callable[[httpx.Request], httpx.Response]:
    """An exchange that answers the two readings only when they are signed."""

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {name.lower(): value for name, value in request.headers.items()}
        if not signature_is_valid(key.public_key(), headers, request.method, request.url.path):
            return httpx.Response(401, json={"error": {"code": "unauthorized", "message": "bad signature"}})
        if request.url.path.endswith("/account/limits"):
            return limits()
        if request.url.path.endswith("/account/endpoint_costs"):
            return costs()
        return fitting_answer(request)

    return answer


def test_auto_reads_the_accounts_limits_on_first_use(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, None)
    client, sent = client_on(clock, limiter, ed25519_key, account(ed25519_key), base_url=BEHIND_A_PROXY)
    assert sent == [] and limiter.needs_discovery  # building the client sends nothing

    for _ in range(3):
        get_markets.sync_detailed(client=client)

    assert [request.url.path for _, request in sent] == [
        "/kalshi/trade-api/v2/account/limits",  # signed, same origin and base path as the call
        "/kalshi/trade-api/v2/account/endpoint_costs",
        "/kalshi/trade-api/v2/markets",
        "/kalshi/trade-api/v2/markets",
        "/kalshi/trade-api/v2/markets",
    ]
    assert limiter.limit == RateLimit(Budget(150, 300), Budget(120, 120), "expert")
    assert limiter.charge(sent[-1][1]).tokens == 20  # this account's price for GetMarkets
    # The two readings were taken from the read bucket too: 300 x 95% - 20 - 3 x 20.
    assert limiter.bucket("read").tokens == 205


def test_threads_calling_first_at_once_read_the_limits_once(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    clock = FakeClock()
    client, sent = client_on(clock, limiter_on(clock, None), ed25519_key, account(ed25519_key))
    start = threading.Barrier(8)

    def first_call() -> None:
        start.wait()
        get_markets.sync_detailed(client=client)

    threads = [threading.Thread(target=first_call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    paths = [request.url.path for _, request in sent]
    assert paths.count("/trade-api/v2/account/limits") == 1 and paths.count("/trade-api/v2/markets") == 8


@pytest.mark.anyio
async def test_tasks_calling_first_at_once_read_the_limits_once(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, None)
    client, sent = client_on(clock, limiter, ed25519_key, account(ed25519_key))

    await asyncio.gather(*(get_markets.asyncio_detailed(client=client) for _ in range(8)))

    paths = [request.url.path for _, request in sent]
    assert paths.count("/trade-api/v2/account/limits") == 1 and paths.count("/trade-api/v2/markets") == 8
    assert limiter.limit is not None and limiter.limit.usage_tier == "expert"


def refuse() -> httpx.Response:
    raise httpx.ConnectError("connection refused")


FAILURES: dict[str, Callable[[], httpx.Response]] = {
    "a server error": lambda: httpx.Response(500, json={"error": {"code": "internal", "message": "oops"}}),
    "a refused key": lambda: httpx.Response(401, json={"error": {"code": "unauthorized", "message": "no"}}),
    "not JSON": lambda: httpx.Response(200, text="<html>maintenance</html>"),
    "another shape": lambda: httpx.Response(200, json={"read_limit": 20, "write_limit": 10}),
    # Positive but absurd: a bucket that refills in 300 billion years would hold every call up for good.
    "an absurd budget": lambda: httpx.Response(
        200, json={**EXPERT, "read": {"refill_rate": 1e-12, "bucket_capacity": 10}}
    ),
    "no connection": refuse,
}


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
def test_unreadable_limits_fall_back_to_basic_with_a_warning(
    ed25519_key: ed25519.Ed25519PrivateKey, failure: Callable[[], httpx.Response]
) -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, None)
    client, _ = client_on(clock, limiter, ed25519_key, account(ed25519_key, limits=failure))

    with pytest.warns(RateLimitWarning, match="/account/limits failed .*; pacing as the Basic tier"):
        response = get_markets.sync_detailed(client=client)

    assert response.status_code == 200  # the caller's own request went ahead
    assert limiter.limit == TIERS["basic"] and limiter.costs is not None


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
def test_unreadable_costs_fall_back_to_the_built_in_table(
    ed25519_key: ed25519.Ed25519PrivateKey, failure: Callable[[], httpx.Response]
) -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, None)
    client, _ = client_on(clock, limiter, ed25519_key, account(ed25519_key, costs=failure))

    with pytest.warns(RateLimitWarning, match="/account/endpoint_costs failed .*; using the built-in cost table"):
        get_markets.sync_detailed(client=client)

    assert limiter.limit is not None and limiter.limit.usage_tier == "expert" and limiter.costs is None


def test_auto_is_a_setting_like_a_tier(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    from kalshi_auth import KalshiClient
    from tests.conftest import KEY_ID

    client = KalshiClient(key_id=KEY_ID, private_key=ed25519_key, rate_limit="auto")
    limiter: Any = client.settings.rate_limit
    assert limiter.needs_discovery and "auto" in repr(limiter)


def test_a_call_waiting_for_another_to_read_the_limits_still_ends_by_its_deadline(
    ed25519_key: ed25519.Ed25519PrivateKey,
) -> None:
    reading = threading.Event()
    release = threading.Event()

    def slow_limits() -> httpx.Response:
        reading.set()
        release.wait(10)  # the exchange takes its time over /account/limits
        return httpx.Response(200, json=EXPERT)

    clock = FakeClock()
    limiter = limiter_on(clock, None)
    first, _ = client_on(clock, limiter, ed25519_key, account(ed25519_key, limits=slow_limits))
    hurried = first.with_options(deadline=0.3)  # shares the limiter, and its reading
    reader = threading.Thread(target=lambda: get_markets.sync_detailed(client=first))
    reader.start()
    try:
        assert reading.wait(10)
        with pytest.raises(KalshiTimeoutError, match="waiting for another call to read the account's rate limits"):
            get_markets.sync_detailed(client=hurried)
    finally:
        release.set()
        reader.join()
