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
        hint: str | None = None,
    ) -> None:
        if hint is not None:
            self.hint = hint
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
        code = _one_line(self.error.code, 80) if isinstance(self.error.code, str) else None
        message = _one_line(self.error.message, 500) if isinstance(self.error.message, str) else None
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


class KalshiRedirectError(KalshiError):
    """A request was refused because it would have left the client's origin.

    The signature headers and the request body only ever go to the scheme, host and port
    of ``base_url``. A redirect to anywhere else (another host name, even ``localhost``
    for ``127.0.0.1``, another port or scheme), or a raw request for another origin, ends
    here before a byte is sent; so does a chain of more than five redirects.
    ``location`` is the refused origin (no path or query), or None for a too long chain.
    """

    def __init__(self, message: str, *, location: str | None = None) -> None:
        super().__init__(message)
        self.location = location


class KalshiResponseTooLargeError(KalshiResponseError):
    """An answer's body was larger than ``max_response_bytes`` once decompressed.

    Reading stopped at the limit, so no more than that was ever held in memory;
    ``content`` keeps only the first bytes, and ``limit`` the limit that was passed.
    """

    def __init__(self, message: str, *, status_code: int, content: bytes, method: str, path: str, limit: int) -> None:
        super().__init__(message, status_code=status_code, content=content, method=method, path=path)
        self.limit = limit


class KalshiWebSocketError(KalshiError):
    """Kalshi's WebSocket answered a command with an error frame, or ended a subscription with one.

    ``code`` is Kalshi's error number (for example 8, unknown channel; 25, the server's buffer for the
    subscription overflowed), ``command`` the command it answered, ``sid`` the subscription it names.
    Subclasses raised by the SDK itself, not by Kalshi, have no ``code``.
    """

    def __init__(self, message: str, *, code: int | None = None, command: str | None = None, sid: int | None = None):
        super().__init__(message)
        self.code = code
        self.command = command
        self.sid = sid


class KalshiBackpressureError(KalshiWebSocketError):
    """A subscription that must not lose messages (fills, your orders) had more waiting than it may hold.

    Raised from its iteration after the messages it did keep: read it faster, or give the WebSocket a
    larger ``queue_size``. Dropping one would silently give you a wrong picture of your own trading.
    """


class KalshiBookOutOfSyncError(KalshiWebSocketError):
    """An order book was read while it is being rebuilt (after a sequence gap or a reconnect).

    Its levels would mix states from before and after the lost messages, so none are shown; ``await
    book.changed()`` returns once it is whole again.
    """


class KalshiArgumentError(KalshiError, ValueError):
    """An argument that cannot be sent as given (text that is not valid Unicode, a URL too
    long for httpx), refused before anything is sent. Also a ``ValueError``: the argument is wrong."""


class KalshiPathError(KalshiArgumentError):
    """A path parameter that cannot name exactly one resource, refused before anything is sent.

    An empty id (or one of only whitespace) would call the list URL, and ``.`` or ``..``
    would be resolved away by URL normalisation into another endpoint (``cancel_order_v2(".")``
    would be a correctly signed CancelAllOrders); an id that is not valid Unicode cannot be
    encoded at all. Also a ``ValueError``: the argument is wrong, not the exchange.
    """

    def __init__(self, message: str, *, parameter: str) -> None:
        super().__init__(message)
        self.parameter = parameter


class RequestTooCostlyError(KalshiError, ValueError):
    """A request costs more rate-limit tokens than its bucket can ever hold.

    The exchange would answer it with a 429 however long the client waited (a batch of
    too many orders, say), so it is refused before anything is sent.
    """


class KalshiMoneyError(KalshiError, TypeError, ValueError):
    """A price, amount or contract count that is not an exact decimal number, refused before it is used.

    Money is ``decimal.Decimal``: pass a ``Decimal``, a string such as ``"0.56"`` or an ``int``. A
    ``float`` is refused because it cannot hold most decimal amounts (``0.1 + 0.2 != 0.3``), so what
    would be sent is not what was meant; so are text that is not a plain decimal number, NaN and
    infinities. Also a ``TypeError`` (a float or another type) and a ``ValueError`` (bad text).
    """


def _one_line(text: str, limit: int) -> str:
    """The server's words as one line of at most ``limit`` characters (all of them stay in ``error``)."""
    line = "".join(char if char.isprintable() else " " for char in text[: limit + 1])
    return line if len(line) <= limit else line[: limit - 3] + "..."


def cause(exc: BaseException) -> str:
    """An exception quoted inside one of ours: its type and one line of at most 200 characters."""
    return f"{type(exc).__name__}: {_one_line(str(exc), 200)}"
