"""Opening one signed WebSocket connection, and telling a passing failure from a final one.

Each attempt signs its own handshake (a signature carries its timestamp, so a reconnect must not reuse the
first one), with the same ``Signer`` as REST over ``timestamp + "GET" + path``. A refused handshake becomes
the REST client's error for that status (401 -> ``AuthenticationError``), and only failures that another
attempt may cure (network errors, timeouts, 429 and 5xx) are worth a reconnect: retrying a bad key in a loop
would only hammer the exchange.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI

from kalshi_client import __version__

from ..errors import (
    AuthenticationError,
    KalshiAPIError,
    KalshiConnectionError,
    KalshiError,
    KalshiTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from ..signing import Signer
from .urls import signed_path

#: Seconds to wait for the server's half of a closing handshake: a dead peer must not delay the reconnect.
CLOSE_TIMEOUT = 2.0
#: Big enough for the order book snapshot of a market with sub-penny price levels on both sides.
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
_HANDSHAKE_ERRORS: dict[int, type[KalshiAPIError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


@dataclass(frozen=True, slots=True)
class Dialer:
    """Everything needed to open a connection again, exactly as the first time."""

    url: str
    signer: Signer
    open_timeout: float
    ping_interval: float | None
    ping_timeout: float | None

    async def open(self) -> ClientConnection:
        """A connection whose handshake was signed just now; a typed ``KalshiError`` otherwise."""
        path = signed_path(self.url)
        try:
            return await connect(
                self.url,
                additional_headers=self.signer.headers("GET", path),
                user_agent_header=f"kalshi-trade-sdk/{__version__}",
                open_timeout=self.open_timeout,
                ping_interval=self.ping_interval,
                ping_timeout=self.ping_timeout,
                max_size=MAX_MESSAGE_BYTES,
                close_timeout=CLOSE_TIMEOUT,
            )
        except InvalidStatus as exc:
            response = exc.response
            body = bytes(response.body or b"")
            raise handshake_error(response.status_code, dict(response.headers.raw_items()), body, path) from exc
        except TimeoutError as exc:
            raise KalshiTimeoutError(f"The WebSocket handshake with {self.url} timed out.") from exc
        except InvalidURI as exc:
            raise KalshiConnectionError(f"{self.url} is not a WebSocket URL: {exc}") from exc
        except (OSError, InvalidHandshake) as exc:
            raise KalshiConnectionError(
                f"Could not open the WebSocket {self.url}: {type(exc).__name__}: {exc}"
            ) from exc


def handshake_error(status: int, headers: dict[str, str], body: bytes | None, path: str) -> KalshiAPIError:
    """The REST client's error class for an HTTP status that refused the upgrade."""
    from kalshi_client.models.error_response import ErrorResponse

    error_class = _HANDSHAKE_ERRORS.get(status, ServerError if status >= 500 else KalshiAPIError)
    text = (body or b"")[:200].decode("utf-8", errors="replace").strip()
    message = f"The WebSocket handshake was refused{': ' + text if text else ''}."
    return error_class(
        status_code=status,
        error=ErrorResponse(message=message),
        content=body or b"",
        headers=httpx.Headers(headers),
        method="GET",
        path=path,
    )


def is_transient(error: KalshiError) -> bool:
    """Whether another connection attempt may succeed: network trouble, timeouts, 429 and 5xx."""
    if isinstance(error, KalshiAPIError):
        return error.status_code == 429 or error.status_code >= 500
    return isinstance(error, KalshiConnectionError | KalshiTimeoutError)


def backoff(first: float = 0.5, cap: float = 30.0, factor: float = 2.0) -> Iterator[float]:
    """Waits before each reconnect: exponential up to ``cap``, each drawn at random below its bound.

    "Full jitter": many clients dropped at once by the same outage spread their returns instead of coming
    back together.
    """
    bound = first
    while True:
        yield random.uniform(0, bound)
        bound = min(cap, bound * factor)
