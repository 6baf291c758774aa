"""A fake clock and a client whose requests reach a function, for the rate-limit tests."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi_auth import KalshiClient, RateLimit, RateLimiter
from kalshi_client.models import (
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    SelfTradePreventionType,
)
from tests.conftest import KEY_ID
from tests.contract.operations import operations, sampler

API = "/trade-api/v2"
BASE_URL = f"http://exchange.test{API}"
ORDER = CreateOrderV2Request(
    ticker="KXHIGHNY-26NOV23-T50",
    side=BookSide.BID,
    count="1",
    price="0.01",
    time_in_force=CreateOrderV2RequestTimeInForce.GOOD_TILL_CANCELED,
    self_trade_prevention_type=SelfTradePreventionType.TAKER_AT_CROSS,
)


class FakeClock:
    """Time that moves only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Sent(list[tuple[float, httpx.Request]]):
    """(fake time, request) of each request as it reached the exchange."""

    def times(self, method: str | None = None) -> list[float]:
        return [round(at, 6) for at, request in self if method in (None, request.method)]


@cache
def smallest_answer(operation_id: str) -> tuple[int, Any]:
    """The first 2xx status of an operation and the smallest body the spec allows for it."""
    (operation,) = (operation for operation in operations() if operation.operation_id == operation_id)
    responses = operation.responses()
    status = min(code for code in responses if code.startswith("2"))
    return int(status), sampler().sample(responses[status], "minimal") if responses[status] else None


@cache
def _patterns() -> list[tuple[str, re.Pattern[str], str]]:
    return [
        (
            operation.method.upper(),
            re.compile(API + re.sub(r"\{[^}]+\}", "[^/]+", operation.path) + "$"),
            operation.operation_id,
        )
        for operation in sorted(operations(), key=lambda operation: operation.path.count("{"))  # literal paths first
    ]


def fitting_answer(request: httpx.Request) -> httpx.Response:
    """The smallest answer the spec allows for the operation ``request`` calls."""
    for method, pattern, operation_id in _patterns():
        if method == request.method and pattern.match(request.url.path):
            status, body = smallest_answer(operation_id)
            return httpx.Response(status, json=body) if body is not None else httpx.Response(status)
    return httpx.Response(404, json={"error": {"code": "not_found", "message": request.url.path}})


def limiter_on(clock: FakeClock, limit: RateLimit | None, jitter: float = 0.0) -> RateLimiter:
    return RateLimiter(limit, clock=clock, sleep=clock.sleep, async_sleep=clock.asleep, jitter=lambda: jitter)


def client_on(
    clock: FakeClock,
    limiter: RateLimiter,
    key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey,
    answer: Callable[[httpx.Request], httpx.Response] = fitting_answer,
    base_url: str = BASE_URL,
    deadline: float | None = None,
) -> tuple[KalshiClient, Sent]:
    """A client with ``limiter`` whose requests are answered by ``answer``, logged in ``Sent``."""
    sent = Sent()

    def exchange(request: httpx.Request) -> httpx.Response:
        sent.append((clock.now, request))
        return answer(request)

    client = KalshiClient(
        key_id=KEY_ID,
        private_key=key,
        base_url=base_url,
        rate_limit=limiter,
        max_retries=0,
        deadline=deadline,
        httpx_args={"transport": httpx.MockTransport(exchange)},
    )
    return client, sent
