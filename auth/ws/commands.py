"""Commands in flight: each gets its own id, and the one reader task settles it when the answers arrive.

Kalshi echoes a command's ``id`` on its answers: one ``subscribed`` per channel of a subscribe, one
``unsubscribed`` per sid, one ``ok`` for an update or a listing, an ``error`` for any of them. The reader
hands every frame with an ``id`` to ``answer``; a command is settled when all the answers it expects have
come, or at its first error. Waiting is the caller's business, never the reader's: a reader that paused for
an answer would stop reading the very frame it waits for.

``on_answer`` runs inside the reader, before the next frame is read: a subscribe uses it to map the new
sid at once, so that the data that follows the acknowledgement on the wire is never left without a home.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import Any

from ..errors import KalshiConnectionError, KalshiTimeoutError, KalshiWebSocketError

Frame = dict[str, Any]

#: Answer types that belong to the command alone; other frames carrying an id (the order book snapshot a
#: get_snapshot asks for) are data as well, and go on to their subscription.
COMMAND_ANSWERS = frozenset({"subscribed", "unsubscribed", "ok", "error", "list_subscriptions"})


class Command:
    """One command sent, waiting for ``expected`` answers."""

    __slots__ = ("answers", "cmd", "counted", "counts", "expected", "future", "id", "on_answer", "params")

    def __init__(
        self,
        id: int,
        cmd: str,
        params: Frame,
        expected: int,
        on_answer: Callable[[Frame], None] | None,
        counts: Callable[[Frame], bool] | None = None,
    ):
        self.id = id
        self.cmd = cmd
        self.params = params
        self.expected = expected
        self.on_answer = on_answer
        self.counts = counts
        self.counted = 0
        self.answers: list[Frame] = []
        self.future: asyncio.Future[list[Frame]] = asyncio.get_running_loop().create_future()

    def frame(self) -> Frame:
        return {"id": self.id, "cmd": self.cmd, "params": self.params}

    async def result(self, timeout: float) -> list[Frame]:
        """The answers, or the ``KalshiWebSocketError`` an error frame gave, within ``timeout`` seconds."""
        try:
            return await asyncio.wait_for(asyncio.shield(self.future), timeout)
        except TimeoutError:
            self.future.cancel()  # no answer will be taken any more: the id is forgotten
            raise KalshiTimeoutError(f"No answer to the WebSocket command {self.cmd!r} within {timeout} s.") from None
        except asyncio.CancelledError:
            self.future.cancel()  # nobody waits any more: a late error frame must not leave an unretrieved exception
            raise


#: Abandoned subscribes remembered at most (their late acknowledgements are undone; see ``Commands``).
ABANDONED_KEPT = 256


class Commands:
    """The commands of one session; ids keep growing across reconnects, so they are unique per connection.

    A subscribe nobody waits for any more (cancelled, timed out) may still be acknowledged: Kalshi would then
    stream a subscription nobody holds. Its id is remembered, and each late ``subscribed`` is handed to
    ``on_orphan`` with its sid, to be unsubscribed.
    """

    def __init__(self, on_orphan: Callable[[int], None] | None = None) -> None:
        self._ids = itertools.count(1)
        self._pending: dict[int, Command] = {}
        self._abandoned: dict[int, None] = {}
        self._on_orphan = on_orphan

    def start(
        self,
        cmd: str,
        params: Frame,
        *,
        expected: int = 1,
        on_answer: Callable[[Frame], None] | None = None,
        counts: Callable[[Frame], bool] | None = None,
    ) -> Command:
        """A command with its id; settled by ``expected`` answers, of those ``counts`` accepts when given."""
        command = Command(next(self._ids), cmd, params, expected, on_answer, counts)
        self._pending[command.id] = command
        command.future.add_done_callback(lambda _: self._settled(command))
        return command

    def _settled(self, command: Command) -> None:
        self._pending.pop(command.id, None)
        if command.future.cancelled() and command.cmd == "subscribe":
            self._abandoned[command.id] = None
            if len(self._abandoned) > ABANDONED_KEPT:
                del self._abandoned[next(iter(self._abandoned))]

    def answer(self, frame: Frame) -> bool:
        """Give ``frame`` to the command it answers; True when the frame was for that command only."""
        id_ = frame.get("id")
        if not isinstance(id_, int) or isinstance(id_, bool):
            return False  # not one of our ids (a list or object would not even be hashable): data, if anything
        command = self._pending.get(id_)
        if command is None or command.future.done():
            self._late(frame)
            return frame.get("type") in COMMAND_ANSWERS and bool(id_)
        kind = frame.get("type")
        if kind == "error":
            command.future.set_exception(command_error(frame, command.cmd))
            return True
        command.answers.append(frame)
        if command.on_answer is not None:
            command.on_answer(frame)
        if command.counts is None or command.counts(frame):
            command.counted += 1
        if command.counted >= command.expected:
            command.future.set_result(command.answers)
        return kind in COMMAND_ANSWERS

    def _late(self, frame: Frame) -> None:
        """An answer to a command nobody waits for: a subscribe's sid goes to ``on_orphan``."""
        msg = frame.get("msg")
        sid = msg.get("sid") if isinstance(msg, dict) else None
        late_ack = frame.get("type") == "subscribed" and frame.get("id") in self._abandoned
        if late_ack and isinstance(sid, int) and self._on_orphan is not None:
            self._on_orphan(sid)

    def fail_all(self, reason: str) -> None:
        """Settle every command still waiting: its connection is gone, and its answer with it."""
        for command in list(self._pending.values()):
            if not command.future.done():
                command.future.set_exception(KalshiConnectionError(f"{reason} before {command.cmd!r} was answered."))
                command.future.exception()  # retrieved: nobody may be waiting any more
        self._pending.clear()
        self._abandoned.clear()  # the connection's sids went with it


def command_error(frame: Frame, command: str | None) -> KalshiWebSocketError:
    """The exception for an error frame: Kalshi's code and message, and what it answered."""
    from kalshi_client.ws.messages import ERROR_CODES

    msg = frame.get("msg")
    body: dict[str, Any] = msg if isinstance(msg, dict) else {}
    code = body.get("code") if isinstance(body.get("code"), int) else None
    text = body.get("msg") if isinstance(body.get("msg"), str) else ""
    meaning = ERROR_CODES.get(code, "") if code is not None else ""
    about = f" to {command!r}" if command else ""
    sid = frame.get("sid") if isinstance(frame.get("sid"), int) else None
    summary = f"Kalshi's WebSocket answered error {code}{about}" + (f" ({meaning})" if meaning else "")
    return KalshiWebSocketError(f"{summary}: {text}" if text else summary, code=code, command=command, sid=sid)
