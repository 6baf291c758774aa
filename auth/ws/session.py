"""``KalshiWebSocket``: one signed connection to Kalshi's WebSocket, kept open, and what it carries.

Opened by ``async with client.websocket() as ws``. The connection itself is the supervisor's business
(``supervisor.py``: one reader task, reconnects, restoring subscriptions); this module is what a user calls
(``subscribe``, ``order_book``, ``list_subscriptions``, ``close``) and the plumbing those calls share:
sending a command and waiting for its answers outside the reader task.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any, Self

from ..errors import KalshiConfigError, KalshiConnectionError, KalshiError, KalshiWebSocketError
from ..signing import Signer
from .backpressure import DEFAULT_QUEUE_SIZE
from .book import OrderBook
from .commands import Commands, Frame
from .connection import Dialer
from .subscription import Subscription
from .supervisor import Supervisor
from .urls import check_websocket_url, websocket_url

logger = logging.getLogger("kalshi_auth.ws")


class KalshiWebSocket:
    """A session on Kalshi's WebSocket: subscriptions and order books that survive reconnects.

    Options (keywords of ``client.websocket()``): ``queue_size`` (messages each subscription may hold
    unread, 1000), ``ping_interval`` / ``ping_timeout`` (seconds; a connection whose pong is late is dead,
    10 / 10), ``open_timeout`` (handshake, 10), ``command_timeout`` (answer to a command, 10),
    ``reconnect`` (True), ``max_reconnect_delay`` (seconds, 30) and ``on_reconnect`` (called with the
    count after each reconnect). ``reconnects`` counts them too.
    """

    def __init__(
        self,
        signer: Signer,
        *,
        rest_base_url: str | None = None,
        url: str | None = None,
        queue_size: int = DEFAULT_QUEUE_SIZE,
        ping_interval: float | None = 10.0,
        ping_timeout: float | None = 10.0,
        open_timeout: float = 10.0,
        command_timeout: float = 10.0,
        reconnect: bool = True,
        max_reconnect_delay: float = 30.0,
        on_reconnect: Callable[[int], object] | None = None,
    ) -> None:
        if url is None:
            if rest_base_url is None:
                raise KalshiConfigError("KalshiWebSocket needs url= or the client's rest_base_url=.")
            url = websocket_url(rest_base_url)
        if not isinstance(queue_size, int) or queue_size < 1:
            raise KalshiConfigError(f"queue_size must be a whole number, 1 or more, not {queue_size!r}.")
        for name, value in (("open_timeout", open_timeout), ("command_timeout", command_timeout)):
            if not isinstance(value, int | float) or value <= 0:
                raise KalshiConfigError(f"{name} must be a number of seconds above 0, not {value!r}.")
        self.url = check_websocket_url(url)
        self.queue_size = queue_size
        self.command_timeout = float(command_timeout)
        self.on_reconnect = on_reconnect
        #: How many times the connection was lost and opened again.
        self.reconnects = 0
        #: Frames skipped: not JSON objects, or for no subscription of ours (after an unsubscribe, say).
        self.unreadable = 0
        self.unrouted = 0
        self.subscriptions: list[Subscription] = []
        self._commands = Commands(on_orphan=lambda sid: self._spawn(self._quiet_unsubscribe([sid])))
        self._routes: dict[int, tuple[Subscription, str]] = {}
        self._books: dict[str, Subscription] = {}
        #: sid -> a token of the get_snapshot in flight for it (see ``_resync``).
        self._resyncing: dict[int, object] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        dialer = Dialer(self.url, signer, float(open_timeout), ping_interval, ping_timeout)
        self._supervisor = Supervisor(self, dialer, reconnect, float(max_reconnect_delay))

    # Opening and closing ---------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self._supervisor.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection; every subscription's iteration ends after what it already received."""
        await self._supervisor.stop()
        helpers = [task for task in self._tasks if task is not asyncio.current_task()]
        for task in helpers:
            task.cancel()
        await asyncio.gather(*helpers, return_exceptions=True)  # nothing of ours outlives close()
        self._commands.fail_all("The WebSocket was closed")
        for sub in self.subscriptions:
            sub.end()
        self.subscriptions.clear()
        self._routes.clear()

    @property
    def connected(self) -> bool:
        return self._supervisor.connection is not None

    # Subscriptions ---------------------------------------------------------------------------------------

    async def subscribe(self, channels: Sequence[str], **params: Any) -> Subscription:
        """Subscribe to ``channels`` with Kalshi's parameters (``market_ticker(s)``, ``send_initial_snapshot``...).

        Returns once Kalshi acknowledged every channel; an error frame raises ``KalshiWebSocketError``.
        """
        if isinstance(channels, str) or not channels or not all(isinstance(c, str) and c for c in channels):
            raise KalshiConfigError(f"channels must be a list of channel names such as ['ticker'], not {channels!r}.")
        sub = Subscription(self, channels, params, self.queue_size)
        await self._open(sub)
        self.subscriptions.append(sub)
        return sub

    async def order_book(self, market_ticker: str) -> OrderBook:
        """The order book of ``market_ticker``, kept current; returns once its first snapshot is in."""
        if not isinstance(market_ticker, str) or not market_ticker:
            raise KalshiConfigError(f"market_ticker must be a market's ticker, not {market_ticker!r}.")
        sub = self._books.get(market_ticker)
        if sub is None or not sub.active:
            book = OrderBook(market_ticker)
            params = {"market_ticker": market_ticker, "use_yes_price": True}
            sub = Subscription(self, ["orderbook_delta"], params, self.queue_size, book=book)
            self._books[market_ticker] = sub  # calls made while it subscribes share it, and its book
            try:
                await self._open(sub)
            except BaseException as exc:
                if self._books.get(market_ticker) is sub:
                    del self._books[market_ticker]
                failed = exc if isinstance(exc, KalshiError) else None
                sub.end(
                    failed or KalshiWebSocketError(f"Subscribing to the order book of {market_ticker} was cancelled.")
                )
                raise
            self.subscriptions.append(sub)
        assert sub.book is not None
        try:
            await asyncio.wait_for(sub.book.whole(), self.command_timeout)
        except TimeoutError:
            raise KalshiWebSocketError(
                f"No order book snapshot for {market_ticker} within {self.command_timeout} s."
            ) from None
        return sub.book

    async def list_subscriptions(self) -> list[dict[str, Any]]:
        """Kalshi's list of this connection's subscriptions: ``[{"channel": ..., "sid": ...}, ...]``."""
        (answer,) = await self._command("list_subscriptions", {})
        listed = answer.get("msg")
        return [item for item in listed if isinstance(item, dict)] if isinstance(listed, list) else []

    # Plumbing shared with Subscription and the supervisor ------------------------------------------------

    async def _command(
        self,
        cmd: str,
        params: Frame,
        *,
        expected: int = 1,
        on_answer: Callable[[Frame], None] | None = None,
        counts: Callable[[Frame], bool] | None = None,
    ) -> list[Frame]:
        connection = await self._supervisor.wait_connected(self.command_timeout)
        command = self._commands.start(cmd, params, expected=expected, on_answer=on_answer, counts=counts)
        try:
            await connection.send(json.dumps(command.frame()))
        except Exception as exc:  # the connection died under us; the supervisor reconnects
            command.future.cancel()
            raise KalshiConnectionError(f"The WebSocket closed while sending {cmd!r}: {exc}") from exc
        return await command.result(self.command_timeout)

    async def _open(self, sub: Subscription) -> None:
        """Subscribe ``sub`` on the current connection; its sids are mapped as the acks arrive."""
        bound: list[int] = []

        def bind(frame: Frame) -> None:
            msg = frame.get("msg")
            if frame.get("type") == "subscribed" and isinstance(msg, dict) and isinstance(msg.get("sid"), int):
                channel = str(msg.get("channel", ""))
                sub.sids[channel] = msg["sid"]
                self._routes[msg["sid"]] = (sub, channel)
                bound.append(msg["sid"])

        try:
            await self._command("subscribe", sub.subscribe_params(), expected=len(sub.channels), on_answer=bind)
        except BaseException:  # an error, or the caller cancelled (a late ack is undone by the orphan handler)
            for sid in bound:  # half a subscription is none: undo the channels that did subscribe
                self._routes.pop(sid, None)
            if bound:
                self._spawn(self._quiet_unsubscribe(bound))
            sub.sids.clear()
            raise

    async def _unsubscribe(self, sub: Subscription) -> None:
        sids = list(sub.sids.values())
        if sub in self.subscriptions:
            self.subscriptions.remove(sub)
        if sub.book is not None and self._books.get(sub.book.market_ticker) is sub:
            del self._books[sub.book.market_ticker]
        try:
            if sids and self.connected:
                await self._command("unsubscribe", {"sids": sids}, expected=len(sids))
        finally:
            for sid in sids:
                self._routes.pop(sid, None)
            sub.end()

    async def _quiet_unsubscribe(self, sids: list[int]) -> None:
        try:
            await self._command("unsubscribe", {"sids": sids}, expected=len(sids))
        except KalshiError as exc:
            logger.debug("could not unsubscribe %s: %s", sids, exc)

    def _resync(self, sub: Subscription, sid: int) -> None:
        """Ask for fresh snapshots of ``sid``'s markets (reader task: sends from a task of its own).

        One request per sid at a time, but only until its first snapshot arrives: the reader may handle
        that snapshot and another loss right behind it (one read burst) before the requesting task runs
        again, and that second loss needs a request of its own, or the stream waits for a snapshot forever.
        """
        if sid not in self._resyncing:
            token = object()
            self._resyncing[sid] = token
            self._spawn(self._fetch_snapshot(sub, sid, token))

    async def _fetch_snapshot(self, sub: Subscription, sid: int, token: object) -> None:
        markets = list(sub.markets or [])
        params = {"sid": sid, "action": "get_snapshot", "market_tickers": markets}

        def answered(frame: Frame) -> None:  # reader task, before the snapshot is handled
            if _is_snapshot(frame):
                self._done_resyncing(sid, token)

        try:
            # Settled by the snapshots, not by an ``ok``: an ok with no snapshot behind it is no answer, and
            # ends in the fallback below instead of a book left waiting for good.
            await self._command(
                "update_subscription", params, expected=max(1, len(markets)), on_answer=answered, counts=_is_snapshot
            )
        except KalshiConnectionError as exc:
            logger.debug("get_snapshot for sid %s lost with the connection: %s", sid, exc)  # the reconnect restores it
        except KalshiError as exc:
            # No snapshot coming (an error frame, or no answer): subscribe afresh, which starts with one.
            logger.warning("get_snapshot for sid %s failed (%s); subscribing again", sid, exc)
            await self._reopen(sub)
        finally:
            self._done_resyncing(sid, token)

    def _done_resyncing(self, sid: int, token: object) -> None:
        if self._resyncing.get(sid) is token:
            del self._resyncing[sid]

    async def _reopen(self, sub: Subscription) -> None:
        old = list(sub.sids.values())
        for sid in old:
            self._routes.pop(sid, None)
        sub.reset()
        if old:
            await self._quiet_unsubscribe(old)
        try:
            await self._open(sub)
        except KalshiError as exc:
            sub.end(exc)

    def _spawn(self, coroutine: Any) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def __repr__(self) -> str:
        state = "connected" if self.connected else "not connected"
        return f"KalshiWebSocket({self.url!r}, {state}, {len(self.subscriptions)} subscriptions)"


def _is_snapshot(frame: Frame) -> bool:
    return frame.get("type") == "orderbook_snapshot"
