"""Every exception this SDK raises, so that one ``except KalshiError`` catches them all.

The API errors carry the generated ``ErrorResponse`` model rather than a copy of its
fields, so they stay in step with ``openapi.yaml`` when it is regenerated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from kalshi_client.models.error_response import ErrorResponse


class KalshiError(Exception):
    """Base class of every error raised by this SDK."""


class KalshiConfigError(KalshiError, ValueError):
    """The client was configured wrongly: a missing key id, an unreadable key, a bad URL.

    Raised when the client is built, never halfway through a request. Messages say what
    to fix and never contain key material.
    """


class KalshiConnectionError(KalshiError, httpx.TransportError):
    """The exchange could not be reached (DNS, refused connection, dropped connection).

    Also an ``httpx.TransportError``, so code written against httpx still catches it.
    """


class KalshiTimeoutError(KalshiError, httpx.TimeoutException):
    """The request took longer than the client's timeout.

    Also an ``httpx.TimeoutException``, so code written against httpx still catches it.
    """


class KalshiResponseError(KalshiError):
    """A 2xx answer whose body is not JSON or does not fit the documented model.

    Keeps the raw body so that nothing the server said is lost.
    """

    def __init__(self, message: str, *, status_code: int, content: bytes, method: str, path: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.content = content
        self.method = method
        self.path = path


class KalshiPaginationError(KalshiError):
    """A paginated list misbehaved: the server sent a cursor it had sent before, so
    following it would loop forever."""


class KalshiAPIError(KalshiError):
    """The exchange answered with a status outside 2xx.

    ``error`` is always filled: from the nested, flat or ``{"msg": ...}`` bodies Kalshi
    servers send, or, for a body that is not JSON, with a message saying so. ``content``
    keeps the raw bytes. ``retry_after`` is the wait in seconds the server asked for in
    ``Retry-After`` (mostly on 429 and 503), or None.
    """

    def __init__(
        self,
        *,
        status_code: int,
        error: ErrorResponse,
        content: bytes,
        headers: httpx.Headers,
        method: str,
        path: str,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.content = content
        self.headers = headers
        self.method = method
        self.path = path
        self.retry_after = retry_after
        super().__init__(self._summary())

    #: What to check, added to the message for statuses where the cause is usually ours.
    hint = ""

    def _summary(self) -> str:
        code = self.error.code if isinstance(self.error.code, str) else None
        message = self.error.message if isinstance(self.error.message, str) else None
        parts = [f"HTTP {self.status_code}"]
        if code:
            parts.append(f"[{code}]")
        if message:
            parts.append(message)
        summary = f"{' '.join(parts)} ({self.method} {self.path})"
        return f"{summary}: {self.hint}" if self.hint else summary


class BadRequestError(KalshiAPIError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(KalshiAPIError):
    """401: the key id or signature was not accepted."""

    hint = (
        "check the key id and that the key file belongs to it, that the key is for this environment "
        "(demo and production keys differ), and that this machine's clock is right"
    )


class PermissionDeniedError(KalshiAPIError):
    """403: the key is valid but may not do this."""


class NotFoundError(KalshiAPIError):
    """404: nothing exists under that id or path."""


class ConflictError(KalshiAPIError):
    """409: the request conflicts with the current state (a duplicate, a closed market)."""


class RateLimitError(KalshiAPIError):
    """429: too many requests; ``retry_after`` says how long the server asked us to wait."""

    hint = "slow down, or let the client pace itself with KalshiClient(rate_limit=<your tier>)"


class ServerError(KalshiAPIError):
    """5xx: the exchange failed to handle the request."""


class RequestTooCostlyError(KalshiError, ValueError):
    """A request costs more rate-limit tokens than its bucket can ever hold.

    The exchange would answer it with a 429 however long the client waited (a batch of
    too many orders, say), so it is refused before anything is sent.
    """
