"""``rate_limit="auto"``: read the account's limits and costs once, on first use.

The first request through the limiter triggers ``GET /account/limits`` and
``GET /account/endpoint_costs`` on the same origin and base path, sent through the
transport below the limiter, so they are signed like any other call. Concurrent first
callers wait for that one reading instead of repeating it.

If either call fails (an error status, a network error, an answer that does not fit),
the limiter does not guess high: it paces as the Basic tier (or with the built-in cost
table, when only the costs failed) and says so with a ``RateLimitWarning``. A key that
is refused here is refused on the caller's own request too, which then raises as usual.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import httpx

from ..deadline import EXTENSION, Deadline, deadline_of
from ..environments import API_PATH
from ..errors import KalshiError
from .costs import ServerCosts, segments
from .limiter import RateLimiter
from .tiers import TIERS, RateLimit

logger = logging.getLogger("kalshi_auth")
T = TypeVar("T")

#: What "auto" paces as when the account's limits cannot be read: the lowest published tier.
FALLBACK = TIERS["basic"]
LIMITS, COSTS = ("GetAccountApiLimits", "/account/limits"), ("GetAccountEndpointCosts", "/account/endpoint_costs")
#: How often a caller waiting for another's reading looks again.
POLL_SECONDS = 0.01
#: What a reading may fail with; anything else is a bug and propagates.
READ_ERRORS = (httpx.HTTPError, KalshiError, ValueError)


class RateLimitWarning(UserWarning):
    """``rate_limit="auto"`` could not read the account's limits or costs and fell back."""


@dataclass(frozen=True, slots=True)
class Failure:
    """Why one reading failed."""

    reason: str


class SyncInner(Protocol):
    def handle_request(self, request: httpx.Request) -> httpx.Response: ...


class AsyncInner(Protocol):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response: ...


def requests_for(first: httpx.Request) -> list[httpx.Request]:
    """The two readings, on the origin and base path of the first request."""
    raw = first.url.raw_path.split(b"?", 1)[0]
    base = raw[: raw.find(API_PATH.encode()) + len(API_PATH)] if API_PATH.encode() in raw else b""
    # Within the caller's timeouts and deadline: a slow reading cannot stretch the call.
    extensions = {key: first.extensions[key] for key in ("timeout", EXTENSION) if key in first.extensions}
    headers = {"User-Agent": first.headers["User-Agent"]} if "User-Agent" in first.headers else {}
    return [
        httpx.Request(
            "GET",
            first.url.copy_with(raw_path=base + path.encode()),
            headers=headers,
            extensions={**extensions, "kalshi_operation": operation},
        )
        for operation, path in (LIMITS, COSTS)
    ]


def body_of(status: int, content: bytes) -> Any:
    """The JSON of a 200 answer; ``ValueError`` for any other."""
    if status != 200:
        raise ValueError(f"HTTP {status}")
    return json.loads(content)


def failure(exc: Exception) -> Failure:
    return Failure(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)


def _parse(answer: Any, parse: Callable[[Any], T], what: str, instead: str, problems: list[str]) -> T | None:
    """``parse(answer)``, or None with the reason added to ``problems``."""
    reason = answer.reason if isinstance(answer, Failure) else None
    if reason is None:
        try:
            return parse(answer)
        except (TypeError, ValueError) as exc:
            reason = str(exc)
    problems.append(f"GET {what} failed ({reason}); {instead}")
    return None


def settle(limiter: RateLimiter, limits: Any, costs: Any) -> None:
    """Configure ``limiter`` from the two answers (parsed bodies, or ``Failure``s)."""
    problems: list[str] = []
    limit = _parse(limits, RateLimit.from_api, LIMITS[1], "pacing as the Basic tier", problems) or FALLBACK
    table = _parse(costs, ServerCosts.from_api, COSTS[1], "using the built-in cost table", problems)
    limiter.configure(limit, table)
    if table is not None:
        # The two readings were reads too: take them from the new read bucket.
        limiter.bucket("read").spend(sum(table.cost("GET", segments(path)) for _, path in (LIMITS, COSTS)))
    logger.info("rate limits read from the account: %s", limit)
    for problem in problems:
        warnings.warn(f'rate_limit="auto": {problem}.', RateLimitWarning, stacklevel=2)


def discover(limiter: RateLimiter, inner: SyncInner, first: httpx.Request) -> None:
    """Read the limits through ``inner`` unless another thread already is (then wait for it)."""
    deadline = deadline_of(first)
    while limiter.needs_discovery:
        if not limiter.claim_discovery():
            _check(deadline, first)  # another call reads the limits: this one still ends by its deadline
            limiter.configured.wait(_poll(deadline))
            continue
        answers: list[Any] = []
        try:
            for request in requests_for(first):
                try:
                    response = inner.handle_request(request)
                    try:
                        answers.append(body_of(response.status_code, response.read()))
                    finally:
                        response.close()
                except READ_ERRORS as exc:
                    answers.append(failure(exc))
            settle(limiter, *answers)
        finally:
            limiter.release_discovery()


async def discover_async(limiter: RateLimiter, inner: AsyncInner, first: httpx.Request) -> None:
    """The same for tasks; a task cancelled while reading leaves the reading to the next one."""
    import asyncio  # already loaded in any program that runs this; not at import

    deadline = deadline_of(first)
    while limiter.needs_discovery:
        if not limiter.claim_discovery():
            _check(deadline, first)
            await asyncio.sleep(_poll(deadline))
            continue
        answers: list[Any] = []
        try:
            for request in requests_for(first):
                try:
                    response = await inner.handle_async_request(request)
                    try:
                        answers.append(body_of(response.status_code, await response.aread()))
                    finally:
                        await response.aclose()
                except READ_ERRORS as exc:
                    answers.append(failure(exc))
            settle(limiter, *answers)
        finally:
            limiter.release_discovery()


def _poll(deadline: Deadline | None) -> float:
    return POLL_SECONDS if deadline is None else max(0.0, min(POLL_SECONDS, deadline.remaining()))


def _check(deadline: Deadline | None, request: httpx.Request) -> None:
    if deadline is not None:
        deadline.check(request, "waiting for another call to read the account's rate limits")
