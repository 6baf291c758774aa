"""A subscription: the channels asked for in one ``subscribe``, read with ``async for``.

Kalshi answers a subscribe with one ``sid`` per channel; a ``Subscription`` holds them all, so the user
deals with one object, and it survives reconnects: the session subscribes it again with the same
parameters (and the markets added or removed since) and maps the new sids to it, while iteration simply
goes on. Iterating is ``async for message in sub``; ``break`` leaves the messages that follow queued for
the next ``async for``.

The reader task calls ``handle`` for each data frame of one of its sids: here ``seq`` is checked (a jump
counts in ``gaps``; on an order book it triggers a fresh snapshot), books are fed, and everything else is
queued under the channel's backpressure policy (see ``backpressure``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import KalshiBackpressureError, KalshiWebSocketError
from .backpressure import MessageQueue, Policy, policy_for
from .book import OrderBook
from .messages import Frame, Message, parse

if TYPE_CHECKING:
    from .session import KalshiWebSocket

logger = logging.getLogger("kalshi_auth.ws")

BOOK_TYPES = frozenset({"orderbook_snapshot", "orderbook_delta"})


class Subscription:
    """Channels subscribed together; an async iterator of their ``Message``s."""

    def __init__(
        self,
        session: KalshiWebSocket,
        channels: Sequence[str],
        params: dict[str, Any],
        queue_size: int,
        book: OrderBook | None = None,
    ) -> None:
        self._session = session
        self.channels = tuple(channels)
        self.params = dict(params)
        #: The markets, when given (market_ticker or market_tickers), as updates leave them.
        self.markets: list[str] | None = _markets_of(self.params)
        #: Channel -> the sid Kalshi gave it on the current connection.
        self.sids: dict[str, int] = {}
        #: Messages this subscription let go under its backpressure policy, and seq jumps it saw.
        self.dropped = 0
        self.gaps = 0
        self.policy = policy_for(self.channels)
        self.book = book
        self._queue: MessageQueue[Message] = MessageQueue(queue_size)
        self._expected: dict[int, int] = {}
        self._awaiting: dict[int, set[str]] = {}

    # The user's side -------------------------------------------------------------------------------------

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Message:
        return await self._queue.get()

    @property
    def active(self) -> bool:
        return not self._queue.ended

    async def update(self, *, add_markets: Sequence[str] = (), delete_markets: Sequence[str] = ()) -> None:
        """Add or remove markets (``update_subscription``), on every channel of the subscription."""
        self._check_active("update()")
        for action, markets in (("add_markets", list(add_markets)), ("delete_markets", list(delete_markets))):
            if not markets:
                continue
            for sid in list(self.sids.values()):
                await self._session._command(
                    "update_subscription", {"sid": sid, "action": action, "market_tickers": markets}
                )
            current = self.markets or []
            if action == "add_markets":
                self.markets = current + [m for m in markets if m not in current]
            else:
                self.markets = [m for m in current if m not in markets]

    async def snapshot(self, market_tickers: Sequence[str] | None = None) -> None:
        """Ask for fresh order book snapshots (``get_snapshot``); they arrive as messages."""
        self._check_active("snapshot()")
        sid = self.sids.get("orderbook_delta")
        if sid is None:
            raise KalshiWebSocketError("snapshot() needs a subscription to the orderbook_delta channel.")
        markets = list(market_tickers) if market_tickers is not None else list(self.markets or [])
        await self._session._command(
            "update_subscription", {"sid": sid, "action": "get_snapshot", "market_tickers": markets}
        )

    async def unsubscribe(self) -> None:
        """End the subscription; ``async for`` stops after the messages already received."""
        await self._session._unsubscribe(self)

    def _check_active(self, call: str) -> None:
        if not self.active:
            raise KalshiWebSocketError(f"{call} on a subscription that has ended (unsubscribed, closed or overflowed).")

    # The session's side ----------------------------------------------------------------------------------

    def subscribe_params(self) -> dict[str, Any]:
        """The subscribe parameters for (re)subscribing now, with the current markets."""
        params = {key: value for key, value in self.params.items() if key not in ("market_ticker", "market_tickers")}
        if self.markets is not None:
            params["market_tickers"] = list(self.markets)
        return {"channels": list(self.channels), **params}

    def reset(self) -> None:
        """The connection is gone: forget its sids and sequence numbers (they begin anew)."""
        self.sids.clear()
        self._expected.clear()
        self._awaiting.clear()
        if self.book is not None:
            self.book.lose_sync()

    def end(self, error: BaseException | None = None) -> None:
        """No more messages: iteration ends after the queued ones (raising ``error`` if given); the first end stands."""
        if self._queue.ended:
            return
        self._queue.end(error)
        if self.book is not None:
            self.book.end(error or KalshiWebSocketError(f"The order book of {self.book.market_ticker} was closed."))

    def note_seq(self, sid: int, seq: int) -> None:
        """A command answer used a number of this sid's sequence."""
        self._expected[sid] = max(self._expected.get(sid, 0), seq + 1)

    def handle(self, frame: Frame, channel: str) -> None:
        """One data frame of ``channel`` (reader task; must not wait)."""
        sid: int = frame["sid"]
        seq = frame.get("seq")
        kind = frame.get("type")
        gap = False
        if isinstance(seq, int):
            expected = self._expected.get(sid)
            if expected is not None and seq == expected - 1 and kind != "orderbook_snapshot":
                return  # the last message again
            if expected is not None and seq > expected:
                gap = True
                self.gaps += 1
                logger.warning("sid %s: messages %s to %s were lost", sid, expected, seq - 1)
            elif expected is not None and seq < expected and kind != "orderbook_snapshot":
                # Older than the last one: out of order, or a sequence that started over. Either way what came
                # in between cannot be trusted, so it counts as a loss (a book re-syncs) rather than a repeat.
                gap = True
                self.gaps += 1
                logger.warning("sid %s: message %s came after %s", sid, seq, expected - 1)
            # The next one follows this one, whatever came before; a snapshot starts the count afresh, so a
            # wild number (or a server numbering the sid anew) is forgotten at the snapshot that repairs it.
            self._expected[sid] = seq + 1
        if self.book is not None:
            self._feed_book(frame, kind, seq if isinstance(seq, int) else None, gap, sid)
        elif kind in BOOK_TYPES and not self._book_message_passes(frame, kind, gap, sid):
            self.dropped += 1
        else:
            self._enqueue(parse(frame))

    def _feed_book(self, frame: Frame, kind: Any, seq: int | None, gap: bool, sid: int) -> None:
        book = self.book
        assert book is not None
        msg = frame.get("msg")
        if kind not in BOOK_TYPES:
            return  # some other message on the book's channel: nothing to apply
        market = msg.get("market_ticker") if isinstance(msg, dict) else None
        if isinstance(market, str) and market != book.market_ticker:
            # Another market's message on this book's sid: Kalshi's mistake, and nothing of this book's. Applying
            # it would corrupt the book; it is skipped and counted like any message for no subscription of ours.
            self._session.unrouted += 1
            logger.warning("order book %s: skipped a %s of %s", book.market_ticker, kind, market)
            return
        if kind == "orderbook_snapshot" and isinstance(msg, dict):
            try:
                book.apply_snapshot(msg, seq)
                return
            except ValueError as exc:
                logger.warning("order book %s: unreadable snapshot (%s)", book.market_ticker, exc)
        elif isinstance(msg, dict) and not gap and book.apply_delta(msg, seq):
            return
        # Lost, unreadable, or not fitting: the book is out of sync until a fresh snapshot, asked for even when
        # it was already waiting for one (the unreadable snapshot may have been the answer to that request).
        book.lose_sync()
        self._session._resync(self, sid)

    def _book_message_passes(self, frame: Frame, kind: Any, gap: bool, sid: int) -> bool:
        """For a user's order book stream: hold back deltas from a gap until that market's new snapshot."""
        msg = frame.get("msg")
        market = msg.get("market_ticker") if isinstance(msg, dict) else None
        if gap:
            self._awaiting[sid] = set(self.markets or ([market] if isinstance(market, str) else []))
            self._session._resync(self, sid)
        waiting = self._awaiting.get(sid)
        if kind == "orderbook_snapshot":
            if waiting is not None:
                waiting.discard(market if isinstance(market, str) else "")
                if not waiting:
                    del self._awaiting[sid]
            return True
        return not (waiting and market in waiting) and not gap

    def _enqueue(self, message: Message) -> None:
        queue = self._queue
        if queue.full:
            if self.policy is Policy.NEVER_DROP:
                self.end(
                    KalshiBackpressureError(
                        f"The subscription to {', '.join(self.channels)} held {queue.maxsize} unread messages and "
                        "may not drop any: read it faster or give the WebSocket a larger queue_size."
                    )
                )
                # Nobody will read what the exchange sends from now on: stop it sending.
                self._session._spawn(self._session._unsubscribe(self))
                return
            if self.policy is Policy.RESNAPSHOT:
                self._coalesce_books()
                if message.type == "orderbook_delta" and message.sid in self._awaiting:
                    self.dropped += 1  # its predecessors just went: it waits for the snapshot too
                    return
            if queue.full:
                queue.pop_oldest()
                self.dropped += 1
        queue.put(message)

    def _coalesce_books(self) -> None:
        """Drop the queued book messages and ask for fresh snapshots instead."""
        stale = [message for message in self._queue.waiting() if message.type in BOOK_TYPES]
        self._queue.remove(stale)
        self.dropped += len(stale)
        for sid in {message.sid for message in stale if message.sid is not None}:
            self._awaiting[sid] = set(self.markets or [])
            self._session._resync(self, sid)

    def __repr__(self) -> str:
        return f"Subscription(channels={list(self.channels)!r}, sids={self.sids!r}, markets={self.markets!r})"


def _markets_of(params: dict[str, Any]) -> list[str] | None:
    if isinstance(params.get("market_tickers"), list | tuple):
        return [str(ticker) for ticker in params["market_tickers"]]
    if isinstance(params.get("market_ticker"), str):
        return [params["market_ticker"]]
    return None
