"""Which requests are retried, when, and for how long: the outermost layer of the stack.

Ours, not httpx-retries' loop, because the rules here hang on two things that loop
cannot see: the call's deadline (no wait may run past it, and a ``Retry-After`` longer
than what remains ends the call at once with the server's answer, so the caller gets a
``RateLimitError`` carrying ``retry_after`` instead of a sleep) and the body (read inside
each attempt by ``body.BodyTransport``, so a connection that drops mid-body is an
error of that attempt, retried like any other for an idempotent call).

A POST to Kalshi places an order: sending one twice could trade twice. So POST is
retried only after errors that prove the request never left (no connection was made);
never after an answer, a dropped connection or a read timeout. Each attempt passes the
rate limit and is signed afresh, as those layers sit below this one.
"""

from __future__ import annotations

import itertools
import logging
import random
import time

import httpx

from .deadline import Deadline, deadline_of, fits
from .errors import KalshiError
from .layer import Layer, Transport
from .retry_after import parse_retry_after

logger = logging.getLogger("kalshi_auth")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
BACKOFF_FACTOR = 0.5
MAX_BACKOFF_SECONDS = 30.0

#: Failures of an attempt that may be retried for an idempotent call.
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
#: Errors raised before a single byte of the request was written: the only ones a POST retries.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class RetryTransport(Layer):
    """Up to ``max_retries`` more attempts, waiting a jittered backoff or the server's ``Retry-After``."""

    def __init__(self, inner: Transport, max_retries: int) -> None:
        super().__init__(inner)
        self.max_retries = max_retries
        # Read when built, so tests (and users) can change the module's constants.
        self.backoff_factor = BACKOFF_FACTOR
        self.max_backoff = MAX_BACKOFF_SECONDS

    def backoff(self, retry: int) -> float:
        """Full jitter: anything from 0 to ``factor * 2**retry``, capped."""
        return random.uniform(0, min(self.max_backoff, self.backoff_factor * 2 ** min(retry, 64)))

    def after_error(self, request: httpx.Request, exc: Exception, retry: int) -> float | None:
        """How long to wait before retrying after ``exc``, or None to give up."""
        if isinstance(exc, KalshiError) or retry >= self.max_retries:
            return None
        if isinstance(exc, NOT_SENT_ERRORS) or (
            request.method in IDEMPOTENT_METHODS and isinstance(exc, RETRYABLE_ERRORS)
        ):
            return self._within(deadline_of(request), self.backoff(retry), request, type(exc).__name__)
        return None

    def after_answer(self, request: httpx.Request, response: httpx.Response, retry: int) -> float | None:
        """How long to wait before retrying after ``response``, or None to hand it up."""
        status = response.status_code
        if status not in RETRY_STATUSES or request.method not in IDEMPOTENT_METHODS or retry >= self.max_retries:
            return None
        asked = parse_retry_after(response.headers.get("Retry-After"))
        if asked is not None and asked > self.max_backoff:
            logger.info("not retrying %s %s: Retry-After %s s is too long", request.method, request.url.path, asked)
            return None
        wait = asked if asked is not None else self.backoff(retry)
        return self._within(deadline_of(request), wait, request, f"HTTP {status}")

    def _within(self, deadline: Deadline | None, wait: float, request: httpx.Request, why: str) -> float | None:
        if not fits(deadline, wait):
            logger.info(
                "not retrying %s %s after %s: the deadline is nearer than the wait",
                request.method,
                request.url.path,
                why,
            )
            return None
        logger.info("retrying %s %s in %.2f s after %s", request.method, request.url.path, wait, why)
        return wait

    def step(
        self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError, retry: int
    ) -> httpx.Response | float:
        """What follows an attempt: the response to hand up, or seconds to wait before the next one.

        An error that is not retried is raised. A response replaced by a retry needs no
        closing: ``body.BodyTransport`` below has read it whole.
        """
        if isinstance(outcome, httpx.Response):
            wait = self.after_answer(request, outcome, retry)
            return outcome if wait is None else wait
        wait = self.after_error(request, outcome, retry)
        if wait is None:
            raise outcome
        return wait

    def _attempt(self, request: httpx.Request) -> httpx.Response | httpx.TransportError:
        try:
            return self.sync_inner().handle_request(request)
        except httpx.TransportError as exc:
            return exc

    async def _attempt_async(self, request: httpx.Request) -> httpx.Response | httpx.TransportError:
        try:
            return await self.async_inner().handle_async_request(request)
        except httpx.TransportError as exc:
            return exc

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for retry in itertools.count():
            step = self.step(request, self._attempt(request), retry)
            if isinstance(step, httpx.Response):
                return step
            time.sleep(step)
        raise AssertionError("unreachable")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for retry in itertools.count():
            step = self.step(request, await self._attempt_async(request), retry)
            if isinstance(step, httpx.Response):
                return step
            import anyio  # httpx's own async dependency; asyncio or trio alike

            await anyio.sleep(step)
        raise AssertionError("unreachable")
