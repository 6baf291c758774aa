"""Which requests are retried, and how, built on httpx-retries.

httpx-retries (a maintained transport wrapper) brings backoff with full jitter, a cap,
and ``Retry-After`` in seconds or as an HTTP date. What it does not know is that a POST
to Kalshi places an order: sending one twice could trade twice. So POST gets a policy of
its own that retries only failures where the request provably never left this machine.
Because retries happen below httpx's client and above ``SigningTransport``, each attempt
is signed afresh.
"""

from __future__ import annotations

import httpx
from httpx_retries import Retry, RetryTransport

IDEMPOTENT_METHODS = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
RETRY_STATUSES = (429, 502, 503, 504)
BACKOFF_FACTOR = 0.5
MAX_BACKOFF_SECONDS = 30.0

#: Errors raised before a single byte of the request was written.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class _NotSentOnlyRetry(Retry):
    """Retries connection failures only; any answer from the server is final."""

    def is_retryable_status_code(self, status_code: int) -> bool:
        return False


class KalshiRetryTransport(RetryTransport):
    """httpx-retries' transport, with the POST policy chosen per request."""

    def __init__(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, max_retries: int) -> None:
        super().__init__(
            transport=transport,
            retry=Retry(
                total=max_retries,
                allowed_methods=IDEMPOTENT_METHODS,
                status_forcelist=RETRY_STATUSES,
                backoff_factor=BACKOFF_FACTOR,
                backoff_jitter=1.0,
                max_backoff_wait=MAX_BACKOFF_SECONDS,
            ),
        )
        self._post_retry = _NotSentOnlyRetry(
            total=max_retries,
            allowed_methods=("POST",),
            retry_on_exceptions=NOT_SENT_ERRORS,
            backoff_factor=BACKOFF_FACTOR,
            backoff_jitter=1.0,
            max_backoff_wait=MAX_BACKOFF_SECONDS,
        )

    def _choose_policy(self, request: httpx.Request) -> None:
        if request.method == "POST":
            request.extensions.setdefault("retry", self._post_retry)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose_policy(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose_policy(request)
        return await super().handle_async_request(request)
