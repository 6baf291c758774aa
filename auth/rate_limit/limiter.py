"""``RateLimiter``: an account's read and write buckets, and how a request waits for them.

One limiter is shared by every thread and task using a client (and by the clients
derived from it), so they queue for the same tokens. Threads sleep in ``time.sleep``,
tasks in ``asyncio.sleep``; a waiter that is cancelled or interrupted gives its tokens
back, so the callers behind it do not wait for a request that will never be sent.
"""

from __future__ import annotations

import logging
import math
import random
import threading
import time
from collections.abc import Awaitable, Callable

import httpx

from ..deadline import Deadline, fits, where
from ..errors import KalshiConfigError, KalshiTimeoutError, RequestTooCostlyError
from .bucket import Ticket, TokenBucket
from .costs import Charge, Kind, ServerCosts, charge_for
from .tiers import TIERS, RateLimit

logger = logging.getLogger("kalshi_auth")

AUTO = "auto"


class RateLimiter:
    """The read and write buckets of one account.

    ``limit`` None means "auto": the limits are read from the account on first use
    (see ``discovery``). ``costs`` are the account's endpoint costs, when known; else
    the built-in table applies. ``clock``, ``sleep``, ``async_sleep`` and ``jitter``
    are there for tests.
    """

    def __init__(
        self,
        limit: RateLimit | None,
        *,
        costs: ServerCosts | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.limit: RateLimit | None = None
        self.costs: ServerCosts | None = None
        self._buckets: dict[Kind, TokenBucket] = {}
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._jitter = jitter
        self._claim = threading.Lock()
        self._claimed = False
        self.configured = threading.Event()
        if limit is not None:
            self.configure(limit, costs)

    @classmethod
    def of(cls, setting: str | RateLimit | RateLimiter) -> RateLimiter:
        """A limiter from a tier name, ``"auto"``, a ``RateLimit``, or a limiter (returned as is)."""
        if isinstance(setting, RateLimiter):
            return setting
        if isinstance(setting, RateLimit):
            return cls(setting)
        name = setting.lower() if isinstance(setting, str) else None
        if name == AUTO:
            return cls(None)
        if name in TIERS:
            return cls(TIERS[name])
        choices = ", ".join(repr(tier) for tier in (*TIERS, AUTO))
        raise KalshiConfigError(f"rate_limit must be a tier ({choices}) or a RateLimit(...), not {setting!r}.")

    def configure(self, limit: RateLimit, costs: ServerCosts | None = None) -> None:
        """Set the budgets (buckets start full) and the costs, if the account gave them."""
        self._buckets = {
            "read": TokenBucket(limit.read.refill_rate, limit.read.bucket_capacity, self._clock),
            "write": TokenBucket(limit.write.refill_rate, limit.write.bucket_capacity, self._clock),
        }
        self.costs = costs
        self.limit = limit
        self.configured.set()

    # -- "auto": one caller reads the limits, the others wait for it -------------------

    @property
    def needs_discovery(self) -> bool:
        return self.limit is None

    def claim_discovery(self) -> bool:
        """True for the one caller that should read the limits now."""
        with self._claim:
            if self._claimed or self.limit is not None:
                return False
            self._claimed = True
            return True

    def release_discovery(self) -> None:
        """The claimant gave up (cancelled) without an answer: the next caller tries."""
        with self._claim:
            self._claimed = False

    # -- one request ----------------------------------------------------------------------

    def bucket(self, kind: Kind) -> TokenBucket:
        return self._buckets[kind]

    def charge(self, request: httpx.Request) -> Charge:
        """What ``request`` costs; ``RequestTooCostlyError`` if its bucket can never cover it."""
        charge = charge_for(request, self.costs)
        capacity = self.bucket(charge.kind).capacity
        if charge.tokens > capacity:
            tier = self.limit.usage_tier if self.limit else "unknown"
            raise RequestTooCostlyError(
                f"{charge.what} costs {charge.tokens:g} rate-limit tokens, but the {charge.kind} bucket of your "
                f"account ({tier} tier) holds at most {capacity:g}: the exchange would refuse it every time. "
                "Split it into smaller batches."
            )
        return charge

    def acquire(self, charge: Charge, request: httpx.Request, deadline: Deadline | None = None) -> Ticket:
        """Take ``charge`` and sleep (this thread) until its tokens are there.

        A wait that would outlast the call's ``deadline`` raises its ``KalshiTimeoutError``
        at once rather than sleeping into it; the tokens go back either way.
        """
        bucket = self.bucket(charge.kind)
        ticket = bucket.take(charge.tokens)
        try:
            while (wait := bucket.remaining(ticket)) > 0:
                _check(deadline, wait, request)
                self.wait(wait)
        except BaseException:
            bucket.give_back(ticket)
            raise
        return ticket

    async def acquire_async(self, charge: Charge, request: httpx.Request, deadline: Deadline | None = None) -> Ticket:
        """Take ``charge`` and sleep (this task) until its tokens are there; cancelled, give them back."""
        bucket = self.bucket(charge.kind)
        ticket = bucket.take(charge.tokens)
        try:
            while (wait := bucket.remaining(ticket)) > 0:
                _check(deadline, wait, request)
                await self.wait_async(wait)
        except BaseException:
            bucket.give_back(ticket)
            raise
        return ticket

    def give_back(self, charge: Charge, ticket: Ticket) -> None:
        """The request never left (its connection failed): the tokens were not spent."""
        self.bucket(charge.kind).give_back(ticket)

    def finished(self, charge: Charge, ticket: Ticket, response: httpx.Response | None) -> None:
        """The request is answered (``response``) or failed on its way (None).

        A 429 pauses the bucket until the server's would have refilled, so the retry that
        follows, which comes through the limiter again, waits for it.
        """
        status = None if response is None else response.status_code
        retry_after = None if response is None else _seconds(response.headers.get("Retry-After"))
        pause = self.bucket(charge.kind).finished(ticket, status, self._jitter(), retry_after)
        if pause:
            logger.warning(
                "429 on %s: pausing %s requests for %.2f s, until the exchange's bucket has refilled",
                charge.what,
                charge.kind,
                pause,
            )

    def wait(self, seconds: float) -> None:
        self._sleep(seconds)

    async def wait_async(self, seconds: float) -> None:
        if self._async_sleep is not None:
            await self._async_sleep(seconds)
        else:
            import asyncio  # already loaded in any program that runs this; not at import

            await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return f"RateLimiter({self.limit or 'auto, not read yet'})"


def _check(deadline: Deadline | None, wait: float, request: httpx.Request) -> None:
    if deadline is not None and not fits(deadline, wait):
        raise KalshiTimeoutError(
            f"{where(request)} would wait {wait:.2f} s for its turn under the rate limit, more than the "
            f"{deadline.remaining():.2f} s left of its {deadline.seconds:g} s deadline; nothing was sent.",
            request=request,
        )


def _seconds(value: str | None) -> float | None:
    """A ``Retry-After`` in seconds, or None (absent, a date, or nonsense)."""
    try:
        seconds = float(value) if value is not None else math.nan
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None
