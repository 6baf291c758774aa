"""Client-side rate limits: stay under Kalshi's per-second limits instead of meeting 429s.

Kalshi limits each account per second, reads and writes apart, by access tier. Two token
buckets, one for reads (GET and the like) and one for writes (POST, PUT, DELETE), are
shared by every thread and task that uses the client. Each holds up to one second's
worth of requests and refills continuously. A request takes a token when one is there
and otherwise waits its turn: the wait is reserved under a lock and slept outside it, so
threads sleep in ``time.sleep`` and tasks in ``asyncio.sleep``, never blocking each
other's bookkeeping. The limiter sits above the signing transport, so a request that
waited is signed when it leaves, with a fresh timestamp.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from .errors import KalshiConfigError
from .signing import SigningTransport

WRITE_METHODS = frozenset({"POST", "PUT", "DELETE", "PATCH"})


@dataclass(frozen=True)
class RateLimit:
    """Requests per second allowed for reads and for writes."""

    reads_per_second: float
    writes_per_second: float

    def __post_init__(self) -> None:
        if self.reads_per_second <= 0 or self.writes_per_second <= 0:
            raise KalshiConfigError("Rate limits must be positive numbers of requests per second.")


#: Kalshi's access tiers (requests per second, as Kalshi's rate-limit page lists them).
TIERS: dict[str, RateLimit] = {
    "basic": RateLimit(reads_per_second=20, writes_per_second=10),
    "advanced": RateLimit(reads_per_second=30, writes_per_second=30),
    "premier": RateLimit(reads_per_second=100, writes_per_second=100),
    "prime": RateLimit(reads_per_second=400, writes_per_second=400),
}


class TokenBucket:
    """``rate`` tokens a second, at most ``capacity`` saved up; thread-safe."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = capacity
        self._updated = clock()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take a token; return how many seconds to wait before using it (0 if none)."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            self._tokens -= 1
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate


class RateLimiter:
    """The read and write buckets of one client, and how to wait for them."""

    def __init__(
        self,
        limit: RateLimit,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.limit = limit
        self.reads = TokenBucket(limit.reads_per_second, limit.reads_per_second, clock)
        self.writes = TokenBucket(limit.writes_per_second, limit.writes_per_second, clock)
        self._sleep = sleep
        self._async_sleep = async_sleep

    def wait(self, seconds: float) -> None:
        self._sleep(seconds)

    async def wait_async(self, seconds: float) -> None:
        if self._async_sleep is not None:
            await self._async_sleep(seconds)
        else:
            import asyncio  # already loaded in any program that runs this; not at import

            await asyncio.sleep(seconds)

    @classmethod
    def of(cls, setting: str | RateLimit | RateLimiter) -> RateLimiter:
        """A limiter from a tier name, a ``RateLimit``, or a limiter (returned as is)."""
        if isinstance(setting, RateLimiter):
            return setting
        if isinstance(setting, RateLimit):
            return cls(setting)
        try:
            return cls(TIERS[setting.lower()])
        except (KeyError, AttributeError):
            choices = ", ".join(repr(name) for name in TIERS)
            raise KalshiConfigError(
                f"rate_limit must be a tier ({choices}) or a RateLimit(...), not {setting!r}."
            ) from None

    def delay(self, method: str) -> float:
        bucket = self.writes if method.upper() in WRITE_METHODS else self.reads
        return bucket.reserve()

    def __repr__(self) -> str:
        return f"RateLimiter({self.limit})"


class RateLimitTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Waits for the limiter before handing each request (each attempt) on."""

    def __init__(self, transport: SigningTransport, limiter: RateLimiter) -> None:
        self._transport = transport
        self.limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wait = self.limiter.delay(request.method)
        if wait > 0:
            self.limiter.wait(wait)
        return self._transport.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        wait = self.limiter.delay(request.method)
        if wait > 0:
            await self.limiter.wait_async(wait)
        return await self._transport.handle_async_request(request)

    def close(self) -> None:
        self._transport.close()

    async def aclose(self) -> None:
        await self._transport.aclose()
