"""A local order book kept current from ``orderbook_snapshot`` and ``orderbook_delta`` messages.

Kalshi's books are two lists of bids: contracts wanting to buy yes, and contracts wanting to buy no. A
yes ask is the other face of a no bid (buying no at 0.40 is selling yes at 0.60), so the best asks are
derived from the other side's best bid. Prices and sizes stay ``Decimal``, parsed straight from Kalshi's
fixed-point strings: a float would turn 0.07 into 0.07000000000000000666 and make levels fail to match.

The book is fed yes-leg prices (the session subscribes with ``use_yes_price``, which Kalshi plans to make
the only behaviour) and keeps each side under its own leg's price, as the REST order book does: a no level
reported at yes-leg price p is the no bid at 1 - p.

A book is whole only between a snapshot and the first lost message. When a message is lost (a ``seq``
gap, a delta that would make a level negative, a reconnect) the book is marked out of sync: its levels
are hidden (reading them raises ``KalshiBookOutOfSyncError``) until a fresh snapshot replaces them, so it is
never shown built across a gap.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from .._money import parse
from ..errors import KalshiBookOutOfSyncError, KalshiWebSocketError

ONE = Decimal(1)
_ZERO = Decimal(0)


class Level(NamedTuple):
    """One price level: the price in dollars and the number of contracts resting there."""

    price: Decimal
    size: Decimal


class OrderBook:
    """The order book of one market; ``yes`` and ``no`` map price to size, non-zero levels only."""

    def __init__(self, market_ticker: str) -> None:
        self.market_ticker = market_ticker
        #: The seq and clock of the last message applied; the clock is the exchange's, per market.
        self.seq: int | None = None
        self.clock: int | None = None
        #: Messages applied since the book was created, and how often it had to be rebuilt.
        self.updates = 0
        self.resyncs = 0
        self._yes: dict[Decimal, Decimal] = {}
        self._no: dict[Decimal, Decimal] = {}
        self._synced = False
        self._error: BaseException | None = None
        self._changed = asyncio.Event()

    # Reading -------------------------------------------------------------------------------------------

    @property
    def synced(self) -> bool:
        """True while the book is whole: a snapshot and every delta after it, none lost."""
        return self._synced

    @property
    def yes(self) -> dict[Decimal, Decimal]:
        """Yes bids: price in dollars -> contracts (a copy)."""
        self._check()
        return dict(self._yes)

    @property
    def no(self) -> dict[Decimal, Decimal]:
        """No bids: price in dollars (no leg) -> contracts (a copy)."""
        self._check()
        return dict(self._no)

    @property
    def best_yes_bid(self) -> Level | None:
        return self._best(self._yes)

    @property
    def best_no_bid(self) -> Level | None:
        return self._best(self._no)

    @property
    def best_yes_ask(self) -> Level | None:
        """The cheapest yes on offer: the other face of the best no bid."""
        best = self._best(self._no)
        return None if best is None else Level(ONE - best.price, best.size)

    @property
    def best_no_ask(self) -> Level | None:
        best = self._best(self._yes)
        return None if best is None else Level(ONE - best.price, best.size)

    async def changed(self) -> None:
        """Return after the next change that leaves the book whole (a slow reader sees the latest state)."""
        while True:
            if self._error is not None:
                raise self._error
            self._changed.clear()
            await self._changed.wait()
            if self._error is None and self._synced:
                return

    async def whole(self) -> None:
        """Return at once if the book is whole, else once it is again."""
        while not self._synced:
            if self._error is not None:
                raise self._error
            self._changed.clear()
            await self._changed.wait()
        if self._error is not None:
            raise self._error

    def _best(self, side: dict[Decimal, Decimal]) -> Level | None:
        self._check()
        if not side:
            return None
        price = max(side)
        return Level(price, side[price])

    def _check(self) -> None:
        if self._error is not None:
            raise self._error
        if not self._synced:
            raise KalshiBookOutOfSyncError(
                f"The order book of {self.market_ticker} is being rebuilt after lost messages; "
                "await book.changed() for the next whole state."
            )

    # Feeding (the session's reader) ----------------------------------------------------------------------

    def apply_snapshot(self, msg: dict[str, Any], seq: int | None) -> None:
        """Replace every level with the snapshot's; ``ValueError`` if it cannot be read."""
        yes = _levels(msg.get("yes_dollars_fp"), flip=False)
        no = _levels(msg.get("no_dollars_fp"), flip=True)
        self._yes, self._no = yes, no
        clock = msg.get("clock")
        self.clock = clock if isinstance(clock, int) else None
        self.seq = seq
        self.updates += 1
        self._synced = True
        self._changed.set()

    def apply_delta(self, msg: dict[str, Any], seq: int | None) -> bool:
        """Apply one delta; False when it does not fit the book (the caller then re-syncs)."""
        if not self._synced:
            return True  # waiting for the snapshot: deltas before it are in it or superseded by it
        # No check on ``clock``: several deltas of one exchange action share a clock, and clocks can go back
        # across exchange maintenance; ``seq`` (checked by the subscription) is what tells a loss.
        clock = msg.get("clock")
        try:
            price = _price(msg["price_dollars"])
            delta = parse(msg["delta_fp"])
            side = msg["side"]
        except (KeyError, TypeError, ArithmeticError):
            return False  # not money, or no price a market can have: the book cannot follow it
        if side == "yes":
            levels = self._yes
        elif side == "no":
            levels = self._no
            price = ONE - price
        else:
            return False
        size = levels.get(price, _ZERO) + delta
        if size > _ZERO:
            levels[price] = size
        elif size == _ZERO:
            levels.pop(price, None)
        else:
            return False
        if isinstance(clock, int):
            self.clock = clock
        self.seq = seq
        self.updates += 1
        self._changed.set()
        return True

    def lose_sync(self) -> None:
        """Hide the levels until the next snapshot."""
        if self._synced:
            self.resyncs += 1
        self._synced = False
        self._yes, self._no = {}, {}
        self.clock = None

    def end(self, error: KalshiWebSocketError | BaseException) -> None:
        """The book will get no more messages: its readers get ``error``."""
        self.lose_sync()
        self._error = error
        self._changed.set()

    def __repr__(self) -> str:
        state = "synced" if self._synced else "out of sync"
        return f"OrderBook({self.market_ticker!r}, {state}, yes={len(self._yes)} levels, no={len(self._no)} levels)"


def _levels(pairs: Any, *, flip: bool) -> dict[Decimal, Decimal]:
    """``[[price, size], ...]`` as a dict; no-side prices turned from yes leg to no leg when ``flip``.

    Each number must be money (``_money.parse``: text or int, finite, no float, which would make 0.4 a
    phantom level 0.400000000000000022), each price within [0, 1] and each size not negative.
    """
    if pairs is None:
        return {}
    levels: dict[Decimal, Decimal] = {}
    try:
        for price_text, size_text in pairs:
            price, size = _price(price_text), parse(size_text)
            if size < _ZERO:
                raise InvalidOperation(f"a negative size {size}")
            if size > _ZERO:
                levels[ONE - price if flip else price] = size
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise ValueError(f"an order book snapshot level that is not [price, size]: {exc}") from exc
    return levels


def _price(text: object) -> Decimal:
    """A price in dollars: money (``_money.parse``) between 0 and 1; ``InvalidOperation`` otherwise."""
    price = parse(text)
    if not _ZERO <= price <= ONE:
        raise InvalidOperation(f"a price of {price} dollars")
    return price
