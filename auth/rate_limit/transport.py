"""``RateLimitTransport``: every request (every attempt) waits its turn, then is sent.

It sits above the signing transport, so a request that waited is signed when it
leaves, with a fresh timestamp, and below the retries, so a retry waits like any other
request. A wait that would outlast the call's deadline (``KalshiClient(deadline=...)``)
ends the call at once with ``KalshiTimeoutError``. Responses come back through it too: that is how the limiter knows which
tokens are still in flight, and when the server refused one (a 429 pauses the bucket,
so the retry that follows waits for the server's bucket to refill).
"""

from __future__ import annotations

from typing import Protocol

import httpx

from ..deadline import deadline_of
from .discovery import discover, discover_async
from .limiter import RateLimiter

#: Errors raised before the request could reach the server: its tokens were not spent.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class Inner(Protocol):
    """What the limiter hands requests to (the signing transport): sync and async."""

    def handle_request(self, request: httpx.Request) -> httpx.Response: ...

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response: ...

    def close(self) -> None: ...

    async def aclose(self) -> None: ...


class RateLimitTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Waits for the limiter before handing each request on, and tells it how it went."""

    def __init__(self, transport: Inner, limiter: RateLimiter) -> None:
        self._transport = transport
        self.limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.limiter.needs_discovery:
            discover(self.limiter, self._transport, request)
        charge = self.limiter.charge(request)
        ticket = self.limiter.acquire(charge, request, deadline_of(request))
        try:
            response = self._transport.handle_request(request)
        except NOT_SENT:
            self.limiter.give_back(charge, ticket)
            raise
        except BaseException:  # a timeout, an interrupt: it may have arrived, it is over
            self.limiter.finished(charge, ticket, None)
            raise
        self.limiter.finished(charge, ticket, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.limiter.needs_discovery:
            await discover_async(self.limiter, self._transport, request)
        charge = self.limiter.charge(request)
        ticket = await self.limiter.acquire_async(charge, request, deadline_of(request))
        try:
            response = await self._transport.handle_async_request(request)
        except NOT_SENT:
            self.limiter.give_back(charge, ticket)
            raise
        except BaseException:  # a timeout, a cancelled task: it may have arrived, it is over
            self.limiter.finished(charge, ticket, None)
            raise
        self.limiter.finished(charge, ticket, response)
        return response

    def close(self) -> None:
        self._transport.close()

    async def aclose(self) -> None:
        await self._transport.aclose()
