"""A token bucket that hands out places in a queue, kept on the client's side.

Each request takes its cost at once, even into debt; the debt says how long it must wait
(``debt / rate``), so waiters are served first come, first served, whether they are
threads or tasks, and nobody holds a lock while sleeping. A waiter that gives up (a
cancelled task, an interrupted thread) gives its tokens back, so the next caller does
not wait for a request that will never be sent.

The bucket models the server's, which charges a request when it *arrives*. Requests
released together arrive spread out (signing, scheduling, connection set-up: a second
or more when dozens of threads start at once), and a burst that lands late, together
with the requests sent after it, can overdraw the server's bucket: while the server sat
full waiting for that burst, it gained nothing, yet the client counted a refill. So the
bucket counts the tokens of requests sent and not yet answered as still in it, and
never refills past its capacity minus those: tokens it holds plus tokens in flight
never exceed what the server's bucket holds. Refill lost to that ceiling moves every
waiter's turn later by as much. A small ``RESERVE_SHARE`` of the bucket is kept back as
a margin for the two clocks, except for a request that needs the whole bucket.

Someone else may share the account, or the limits may be wrong. A 429 says so: the
bucket then empties itself and stays shut until the server's would have refilled (twice
as long after each further 429 in a row, with jitter), and every queued waiter takes a
new place behind that pause.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Enum

#: Share of each bucket never handed out: a margin between our clock and the server's.
RESERVE_SHARE = 0.05
#: After a 429, the pause grows up to this many refill times, plus up to this much jitter.
MAX_PAUSE_REFILLS = 8
PAUSE_JITTER = 0.25
#: How often a waiter looks again while the bucket is held at its ceiling by tokens in
#: flight: only an answer can free it, and no clock says when that comes.
CEILING_POLL = 0.005


class State(Enum):
    QUEUED = "queued"  # tokens taken, turn not come yet
    SENT = "sent"  # handed on, not answered yet
    DONE = "done"


class Ticket:
    """One request's place: its cost, when its turn comes, and where it is now."""

    __slots__ = ("at", "cost", "generation", "shift", "state")

    def __init__(self, cost: float) -> None:
        self.cost = cost
        self.at = 0.0
        self.shift = 0.0
        self.generation = 0
        self.state = State.QUEUED


class TokenBucket:
    """``rate`` tokens a second, at most ``capacity``; thread-safe, starts full."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.capacity = capacity
        self.ceiling = capacity * (1 - RESERVE_SHARE)
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = self.ceiling  # in the bucket, minus what queued waiters are owed
        self._queued = 0.0  # owed to queued waiters
        self._in_flight = 0.0  # of requests sent and not answered
        self._whole = 0  # queued waiters that need more than the ceiling: the reserve is theirs
        self._shift = 0.0  # seconds of refill lost so far to the in-flight ceiling
        self._updated = clock()
        self._generation = 0
        self._strikes = 0

    @property
    def tokens(self) -> float:
        """Tokens there now for a newcomer (negative: it would wait ``-tokens / rate`` s)."""
        with self._lock:
            self._refill(self._clock())
            return self._tokens

    def _room(self) -> float:
        """How far the bucket may still fill: its ceiling less what it holds and what is in flight."""
        ceiling = self.capacity if self._whole else self.ceiling
        return max(0.0, ceiling - self._in_flight - (self._tokens + self._queued))

    def _refill(self, now: float) -> None:
        gain = (now - self._updated) * self.rate
        room = self._room()
        if gain > room:
            self._shift += (gain - room) / self.rate
            gain = room
        self._tokens += gain
        self._updated = now

    def take(self, cost: float) -> Ticket:
        """Take ``cost`` tokens now; ``remaining`` then says how long to wait for them."""
        with self._lock:
            ticket = Ticket(cost)
            self._enqueue(ticket, self._clock())
            return ticket

    def _enqueue(self, ticket: Ticket, now: float) -> None:
        self._refill(now)
        self._tokens -= ticket.cost
        ticket.at = now + max(0.0, -self._tokens / self.rate)
        ticket.shift = self._shift
        ticket.generation = self._generation
        if ticket.at > now:
            ticket.state = State.QUEUED
            self._queued += ticket.cost
            self._whole += ticket.cost > self.ceiling
        else:
            ticket.state = State.SENT
            self._in_flight += ticket.cost

    def spend(self, cost: float) -> None:
        """Count ``cost`` tokens already spent by requests sent around the limiter."""
        with self._lock:
            self._refill(self._clock())
            self._tokens -= cost

    def remaining(self, ticket: Ticket) -> float:
        """Seconds ``ticket`` must still wait; 0 means go (its tokens are then in flight)."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            if ticket.state is State.QUEUED and ticket.generation != self._generation:
                self._enqueue(ticket, now)  # its place was lost to a 429 pause: take a new one
            if ticket.state is State.QUEUED:
                due = ticket.at + self._shift - ticket.shift
                if due > now:
                    return due - now if self._room() > 1e-9 else max(due - now, CEILING_POLL)
                self._dequeue(ticket)
                self._in_flight += ticket.cost
                ticket.state = State.SENT
            return 0.0

    def _dequeue(self, ticket: Ticket) -> None:
        self._queued -= ticket.cost
        self._whole -= ticket.cost > self.ceiling

    def give_back(self, ticket: Ticket) -> None:
        """The request of ``ticket`` was never sent, or never reached the server."""
        with self._lock:
            self._refill(self._clock())
            if ticket.state is State.QUEUED and ticket.generation == self._generation:
                self._dequeue(ticket)
                self._tokens += ticket.cost
            elif ticket.state is State.SENT:
                self._in_flight -= ticket.cost
                self._tokens += min(ticket.cost, self._room())
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
            self._tokens, self._queued, self._whole = -pause * self.rate, 0.0, 0
            self._generation += 1
            return pause

    def __repr__(self) -> str:
        return f"TokenBucket(rate={self.rate:g}, capacity={self.capacity:g})"
