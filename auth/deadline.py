"""One time budget per call: connecting, every attempt, every wait and the body, together.

httpx's timeouts are per operation (a read may take up to ``read`` seconds, and the
next read as long again), so a server that drips one byte a second keeps a call alive
forever, and retries with their waits add up. ``KalshiClient(deadline=...)`` puts one
``Deadline`` in ``request.extensions`` when a call starts (``kalshi_auth.http``); each
layer below reads it: retries do not sleep past it, each attempt's httpx timeouts are
clipped to what remains, and the body is read against it. A sync attempt also runs
``bounded_by`` its deadline, so that each socket operation under it ends in time
(``kalshi_auth.sync_network``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from .errors import KalshiTimeoutError

#: The key in ``request.extensions`` under which a call's ``Deadline`` travels. httpx
#: hands the same extensions to every redirect hop, so a chain shares one budget.
EXTENSION = "kalshi_deadline"

_TIMEOUT_KEYS = ("connect", "read", "write", "pool")


@dataclass(frozen=True, slots=True)
class Deadline:
    """The moment (``time.monotonic()``) a call must be over, and the budget it came from."""

    seconds: float
    expires: float

    @classmethod
    def start(cls, seconds: float) -> Deadline:
        return cls(seconds, time.monotonic() + seconds)

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        return max(0.0, self.expires - time.monotonic())

    def expired(self) -> bool:
        return time.monotonic() >= self.expires

    def error(self, request: httpx.Request, doing: str) -> KalshiTimeoutError:
        """The error a call gets when its budget ran out while ``doing`` something."""
        return KalshiTimeoutError(
            f"{where(request)} ran out of its {self.seconds:g} s deadline while {doing} "
            "(KalshiClient(deadline=...) sets the budget of a whole call, retries included).",
            request=request,
        )

    def check(self, request: httpx.Request, doing: str) -> None:
        """Raise ``KalshiTimeoutError`` if the budget is spent."""
        if self.expired():
            raise self.error(request, doing)


def where(request: httpx.Request) -> str:
    """A request as errors name it: method and URL, without the query."""
    return f"{request.method} {request.url.copy_with(query=None)}"


def deadline_of(request: httpx.Request) -> Deadline | None:
    """The call's deadline, or None when the client has none (``deadline=None``)."""
    found = request.extensions.get(EXTENSION)
    return found if isinstance(found, Deadline) else None


def start(request: httpx.Request, seconds: float | None) -> None:
    """Give ``request`` a fresh deadline of ``seconds`` (none for None)."""
    if seconds is None:
        request.extensions.pop(EXTENSION, None)
    else:
        request.extensions[EXTENSION] = Deadline.start(seconds)


def clip_timeouts(request: httpx.Request, deadline: Deadline | None) -> dict[str, float | None]:
    """Give the request its own copy of httpx's timeouts, none longer than what remains.

    The copy is returned so that the body reader can clip ``read`` again just before
    the body starts: httpcore takes the read timeout of a body when it starts reading it.
    """
    given = request.extensions.get("timeout")
    timeouts: dict[str, float | None] = dict(given) if isinstance(given, dict) else {}
    if deadline is not None:
        left = deadline.remaining()
        for key in _TIMEOUT_KEYS:
            current = timeouts.get(key)
            timeouts[key] = left if current is None else min(current, left)
    request.extensions["timeout"] = timeouts
    return timeouts


def fits(deadline: Deadline | None, wait: float) -> bool:
    """Whether sleeping ``wait`` seconds still leaves time to do something after it."""
    if not math.isfinite(wait):
        return False
    return deadline is None or wait < deadline.remaining()


#: The deadline of the sync attempt running in this thread (or task), for its sockets.
RUNNING: ContextVar[Deadline | None] = ContextVar("kalshi_running_deadline", default=None)


@contextmanager
def bounded_by(deadline: Deadline | None) -> Iterator[None]:
    """Every socket operation of a sync attempt in this block ends by ``deadline`` (``kalshi_auth.sync_network``)."""
    token = RUNNING.set(deadline)
    try:
        yield
    finally:
        RUNNING.reset(token)
