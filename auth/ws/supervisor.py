"""Keeping the connection: one reader task, and on a drop, reconnecting and restoring what was there.

A connection is dead when it closes, or when its pong is later than ``ping_timeout`` (websockets' own
keep-alive pings every ``ping_interval`` and closes such a connection, which ends the reader). The
supervisor then forgets that connection's state (sids, sequence numbers, unanswered commands fail with
``KalshiConnectionError``), waits a growing, jittered delay, signs a new handshake, and subscribes every
subscription again, books included (each starts over from a snapshot). Iterating a subscription meanwhile
just waits. A refused handshake that another try will not cure (401, 403) ends every subscription with
that error instead of a retry loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from ..errors import KalshiConnectionError, KalshiError
from .connection import Dialer, backoff, is_transient
from .dispatch import dispatch

if TYPE_CHECKING:
    from .session import KalshiWebSocket

logger = logging.getLogger("kalshi_auth.ws")

#: Seconds a connection must have stayed up for the waits before reconnecting to start short again. A server
#: that accepts each handshake and drops it at once must see the waits grow, not a reconnect storm.
STABLE_SECONDS = 10.0


class Supervisor:
    def __init__(self, session: KalshiWebSocket, dialer: Dialer, reconnect: bool, max_delay: float) -> None:
        self._session = session
        self._dialer = dialer
        self._reconnect = reconnect
        self._max_delay = max_delay
        self.connection: ClientConnection | None = None
        self._connected = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._error: KalshiError | None = None

    async def start(self) -> None:
        """Open the first connection; its failure (``AuthenticationError`` for a 401...) is raised here."""
        if self._task is not None:
            raise KalshiConnectionError("This WebSocket was already opened; use client.websocket() for a new one.")
        connection = await self._dialer.open()
        self._attach(connection)
        self._task = asyncio.create_task(self._run(connection))

    async def stop(self) -> None:
        self._closing = True
        connection, task = self.connection, self._task
        if connection is not None:
            await connection.close()
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        self._detach()

    async def wait_connected(self, timeout: float) -> ClientConnection:
        """The open connection, waiting up to ``timeout`` seconds while a reconnect is under way."""
        if self._error is not None:
            raise self._error
        if self._closing or self._task is None:
            raise KalshiConnectionError("The WebSocket is not open: use it inside 'async with client.websocket()'.")
        if self.connection is None:
            try:
                await asyncio.wait_for(self._connected.wait(), timeout)
            except TimeoutError:
                raise KalshiConnectionError(f"The WebSocket did not reconnect within {timeout} s.") from None
        if self.connection is None:
            raise self._error or KalshiConnectionError("The WebSocket is closed.")
        return self.connection

    async def _run(self, connection: ClientConnection) -> None:
        restore = False
        loop = asyncio.get_running_loop()
        delays = backoff(cap=self._max_delay)
        while True:
            opened = loop.time()
            reader = asyncio.create_task(self._read(connection))
            if restore:
                await self._restore()
            await reader
            self._detach()
            if self._closing:
                return
            if not self._reconnect:
                self._fail(KalshiConnectionError("The WebSocket connection was lost (reconnect=False)."))
                return
            if loop.time() - opened >= STABLE_SECONDS:
                delays = backoff(cap=self._max_delay)  # it held: this outage starts from short waits again
            reopened = await self._redial(delays)
            if reopened is None:
                return
            connection, restore = reopened, True
            self._attach(connection)
            self._session.reconnects += 1
            logger.info("WebSocket reconnected (%d)", self._session.reconnects)
            if self._session.on_reconnect is not None:
                try:
                    self._session.on_reconnect(self._session.reconnects)
                except Exception:
                    logger.exception("on_reconnect raised")

    async def _read(self, connection: ClientConnection) -> None:
        try:
            async for data in connection:
                try:
                    dispatch(self._session, data)
                except Exception:  # a bug here must not stop every stream
                    logger.exception("could not handle a WebSocket frame")
        except ConnectionClosed as exc:
            if not self._closing:
                logger.warning("WebSocket connection lost: %s", exc)

    async def _redial(self, delays: Iterator[float]) -> ClientConnection | None:
        """A new connection after the next of ``delays``; they go on growing from one outage to the next."""
        for delay in delays:
            await asyncio.sleep(delay)
            if self._closing:
                return None
            try:
                return await self._dialer.open()
            except KalshiError as exc:
                if not is_transient(exc):
                    self._fail(exc)
                    return None
                logger.warning("WebSocket reconnect failed, trying again: %s", exc)
        return None  # pragma: no cover (backoff never ends)

    async def _restore(self) -> None:
        session = self._session
        for sub in list(session.subscriptions):
            if not sub.active:
                continue
            try:
                await session._open(sub)
            except KalshiConnectionError as exc:  # the connection went again: the next round restores
                logger.info("restoring subscriptions interrupted: %s", exc)
                return
            except KalshiError as exc:
                # Kalshi refuses it now, or leaves it unanswered on a connection that is up: that subscription
                # ends with the error (its iteration raises it), and the ones after it are restored as usual.
                logger.warning("could not subscribe %r again: %s", sub, exc)
                sub.end(exc)
                if sub in session.subscriptions:
                    session.subscriptions.remove(sub)

    def _attach(self, connection: ClientConnection) -> None:
        self.connection = connection
        self._connected.set()

    def _detach(self) -> None:
        self.connection = None
        self._connected.clear()
        session = self._session
        session._commands.fail_all("The WebSocket connection was lost")
        session._routes.clear()
        session._resyncing.clear()
        for sub in session.subscriptions:
            sub.reset()

    def _fail(self, error: KalshiError) -> None:
        self._error = error
        self._connected.set()  # wake waiters: they see the error
        for sub in self._session.subscriptions:
            sub.end(error)
