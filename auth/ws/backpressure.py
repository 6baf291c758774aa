"""What happens when a subscription's reader falls behind: a bounded queue, and a policy per channel.

The reader task never waits for a consumer (waiting would stall every other subscription, and the
keep-alive with them), so each subscription buffers at most ``queue_size`` messages, and a full queue
is resolved by what the channel's messages mean:

- ``DROP_OLDEST`` (ticker, trade, lifecycle, index prices): the newest news supersedes the oldest, so the
  oldest waiting message goes and ``Subscription.dropped`` counts it.
- ``RESNAPSHOT`` (orderbook_delta): a dropped delta would corrupt any book built from the stream, so the
  subscription drops its waiting book messages and asks Kalshi for a fresh snapshot: the reader gets a
  coalesced, current book instead of a backlog.
- ``NEVER_DROP`` (fill, user_orders, market_positions, order_group_updates, communications): a lost fill
  is a wrong account, so the subscription ends with ``KalshiBackpressureError`` after the messages it holds.

A channel this table does not know is treated as ``NEVER_DROP``: losing nothing silently is the safe guess.
"""

from __future__ import annotations

import asyncio
import enum
from collections import deque
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")

DEFAULT_QUEUE_SIZE = 1000


class Policy(enum.Enum):
    DROP_OLDEST = "drop-oldest"
    RESNAPSHOT = "resnapshot"
    NEVER_DROP = "never-drop"


POLICIES: dict[str, Policy] = {
    "ticker": Policy.DROP_OLDEST,
    "trade": Policy.DROP_OLDEST,
    "market_lifecycle_v2": Policy.DROP_OLDEST,
    "multivariate_market_lifecycle": Policy.DROP_OLDEST,
    "cfbenchmarks_value": Policy.DROP_OLDEST,
    "cfbenchmarks_value_5hz": Policy.DROP_OLDEST,
    "pyth_value": Policy.DROP_OLDEST,
    "orderbook_delta": Policy.RESNAPSHOT,
    "fill": Policy.NEVER_DROP,
    "user_orders": Policy.NEVER_DROP,
    "market_positions": Policy.NEVER_DROP,
    "order_group_updates": Policy.NEVER_DROP,
    "communications": Policy.NEVER_DROP,
}
_STRICTNESS = [Policy.DROP_OLDEST, Policy.RESNAPSHOT, Policy.NEVER_DROP]


def policy_for(channels: Iterable[str]) -> Policy:
    """The policy of a subscription: the strictest of its channels'."""
    return max((POLICIES.get(channel, Policy.NEVER_DROP) for channel in channels), key=_STRICTNESS.index)


class _End:
    """Marks the end of a queue: ``error`` is raised to the reader, or it simply stops."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException | None) -> None:
        self.error = error


class MessageQueue(Generic[T]):
    """A bounded FIFO; ``put`` never waits, and ``end`` lets the readers drain first.

    Several tasks may read it at once (each item goes to one of them): every waiting reader is woken by a
    ``put`` or the ``end``, and those that find nothing left wait again, so none is ever forgotten.
    """

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._items: deque[T] = deque()
        self._end: _End | None = None
        self._waiters: set[asyncio.Future[None]] = set()

    def __len__(self) -> int:
        return len(self._items)

    @property
    def full(self) -> bool:
        return len(self._items) >= self.maxsize

    @property
    def ended(self) -> bool:
        return self._end is not None

    def put(self, item: T) -> None:
        """Add ``item``; the caller checks ``full`` first and applies its policy."""
        if self._end is None:
            self._items.append(item)
            self._wake()

    def pop_oldest(self) -> T:
        return self._items.popleft()

    def remove(self, items: Iterable[T]) -> None:
        """Keep only what ``items`` does not contain (identity)."""
        doomed = {id(item) for item in items}
        self._items = deque(item for item in self._items if id(item) not in doomed)

    def waiting(self) -> list[T]:
        return list(self._items)

    def end(self, error: BaseException | None = None) -> None:
        """No more items: the reader gets what is queued, then ``error`` (or the end of iteration)."""
        if self._end is None:
            self._end = _End(error)
            self._wake()

    async def get(self) -> T:
        """The next item; ``StopAsyncIteration`` (or the end's error) once ended and drained."""
        while not self._items:
            if self._end is not None:
                if self._end.error is not None:
                    raise self._end.error
                raise StopAsyncIteration
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.add(waiter)
            try:
                await waiter
            finally:
                self._waiters.discard(waiter)
        return self._items.popleft()

    def _wake(self) -> None:
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
