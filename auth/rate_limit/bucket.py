"""A token bucket with a queue, kept on the client's side.

A request that finds the bucket short joins a first-come, first-served queue (threads
and tasks alike) and learns how long until the tokens of everyone ahead of it, and its
own, will be there; it sleeps that long without holding any lock, then looks again. A
waiter that gives up (a cancelled task, an interrupted thread) leaves the queue, so the
callers behind it move up instead of waiting for a request that will never be sent.

The bucket models the server's, which charges a request when it *arrives*. Requests
released together arrive spread out (signing, scheduling, connection set-up: a second
or more when dozens of threads start at once), and a burst that lands late, together
with the requests sent after it, can overdraw the server's bucket: while the server sat
full waiting for that burst, it gained nothing, yet a client-side bucket would have
counted a refill. So this one counts the tokens of requests sent and not yet answered
as still in it, and never refills past its capacity minus those: the tokens it holds
plus the tokens in flight never exceed what the server's bucket holds. A small
``RESERVE_SHARE`` of the bucket is kept back as a margin between the two clocks, except
for a request that needs the whole bucket.

Someone else may share the account, or the limits may be wrong. A 429 says so: the
bucket then empties itself and stays shut until the server's would have refilled (twice
as long after each further 429 in a row, with jitter); the queue waits behind that.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from enum import Enum

#: Share of each bucket kept back: a margin between our clock and the server's.
RESERVE_SHARE = 0.05
#: After a 429, the pause grows up to this many refill times, plus up to this much jitter.
MAX_PAUSE_REFILLS = 8
PAUSE_JITTER = 0.25
#: How often a waiter looks again while tokens in flight hold the bucket at its ceiling:
#: only an answer frees it, and no clock says when that comes.
CEILING_POLL = 0.005
#: Tokens short that count as none (float rounding must not leave a waiter a 1e-16 s sleep).
EPSILON = 1e-9


class State(Enum):
    QUEUED = "queued"  # waiting for its tokens
    SENT = "sent"  # tokens taken, request handed on, not answered yet
    DONE = "done"


class Ticket:
    """One request's place: its cost and where it is."""

    __slots__ = ("cost", "state")

    def __init__(self, cost: float) -> None:
        self.cost = cost
        self.state = State.QUEUED


class TokenBucket:
    """``rate`` tokens a second, at most ``capacity``; thread-safe, starts full."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.capacity = capacity
        self.ceiling = capacity * (1 - RESERVE_SHARE)
        self._clock = clock
        self._lock = threading.Lock()
        self._free = self.ceiling  # tokens in the bucket (negative during a 429 pause)
        self._queue: deque[Ticket] = deque()
        self._in_flight = 0.0  # tokens of requests sent and not answered
        self._whole = 0  # queued tickets that need more than the ceiling: the reserve is theirs
        self._updated = clock()
        self._strikes = 0

    @property
    def tokens(self) -> float:
        """Tokens there for a newcomer (negative: it would wait ``-tokens / rate`` s)."""
        with self._lock:
            self._refill(self._clock())
            return self._free - sum(ticket.cost for ticket in self._queue)

    def _top(self) -> float:
        """How full the bucket may get: its ceiling, less the tokens in flight."""
        return (self.capacity if self._whole else self.ceiling) - self._in_flight

    def _refill(self, now: float) -> None:
        if self._free < (top := self._top()):
            self._free = min(top, self._free + (now - self._updated) * self.rate)
        self._updated = now

    def _send(self, ticket: Ticket) -> None:
        self._free -= ticket.cost
        self._in_flight += ticket.cost
        ticket.state = State.SENT

    def _leave_queue(self, ticket: Ticket) -> None:
        self._queue.remove(ticket)
        self._whole -= ticket.cost > self.ceiling

    def take(self, cost: float) -> Ticket:
        """A place for a request of ``cost`` tokens: sent at once if nobody waits and the tokens are there."""
        with self._lock:
            self._refill(self._clock())
            ticket = Ticket(cost)
            if not self._queue and self._free + EPSILON >= cost:
                self._send(ticket)
            else:
                self._queue.append(ticket)
                self._whole += cost > self.ceiling
            return ticket

    def spend(self, cost: float) -> None:
        """Count ``cost`` tokens already spent by requests sent around the limiter."""
        with self._lock:
            self._refill(self._clock())
            self._free -= cost

    def remaining(self, ticket: Ticket) -> float:
        """Seconds ``ticket`` should still wait; 0 means go (its tokens are then in flight)."""
        with self._lock:
            self._refill(self._clock())
            if ticket.state is not State.QUEUED:
                return 0.0
            need = 0.0
            for queued in self._queue:  # its own tokens and those of everyone ahead of it
                need += queued.cost
                if queued is ticket:
                    break
            if need <= self._free + EPSILON:
                self._leave_queue(ticket)
                self._send(ticket)
                return 0.0
            wait = (need - self._free) / self.rate
            return wait if self._free < self._top() else max(wait, CEILING_POLL)

    def give_back(self, ticket: Ticket) -> None:
        """The request of ``ticket`` was never sent, or never reached the server."""
        with self._lock:
            self._refill(self._clock())
            if ticket.state is State.QUEUED:
                self._leave_queue(ticket)
            elif ticket.state is State.SENT:
                self._in_flight -= ticket.cost
                self._free = max(self._free, min(self._top(), self._free + ticket.cost))
            ticket.state = State.DONE

    def finished(
        self, ticket: Ticket, status: int | None = None, jitter: float = 0.0, retry_after: float | None = None
    ) -> float:
        """The request of ``ticket`` was answered with ``status`` (None: it failed on the way).

        A 429 means the server's bucket is not what this one thinks: pause until it would
        have refilled, ``jitter`` (0 to 1) spreading the pauses of clients refused
        together; a ``Retry-After`` longer than that (up to a minute) is honoured.
        Returns the pause (0 for anything but a 429).
        """
        with self._lock:
            self._refill(self._clock())
            if ticket.state is State.SENT:
                self._in_flight -= ticket.cost
            ticket.state = State.DONE
            if status != 429:
                self._strikes = 0 if status is not None else self._strikes
                return 0.0
            self._strikes += 1
            pause = min(2.0 ** (self._strikes - 1), MAX_PAUSE_REFILLS) * self.capacity / self.rate
            pause *= 1 + PAUSE_JITTER * jitter
            if retry_after is not None:
                pause = max(pause, min(retry_after, 60.0))
            self._free = min(self._free, 0.0) - pause * self.rate
            return pause

    def __repr__(self) -> str:
        return f"TokenBucket(rate={self.rate:g}, capacity={self.capacity:g})"
