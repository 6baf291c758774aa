"""Where each incoming frame goes: to the command it answers, or to the subscription its ``sid`` names.

Runs in the reader task for every frame, so it never waits and never raises: a frame it cannot place is
logged and counted, and the next one is read as usual. An error frame that answers no command but names a
subscription (codes 10 and 25 end one) ends that subscription with the error, or, for an order book the
session keeps, subscribes it afresh.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..errors import KalshiWebSocketError
from .commands import command_error
from .messages import decode

if TYPE_CHECKING:
    from .session import KalshiWebSocket

logger = logging.getLogger("kalshi_auth.ws")

#: Error codes with which Kalshi ends a subscription (channel error, its server-side buffer overflowed).
ENDING_CODES = frozenset({10, 25})


def dispatch(session: KalshiWebSocket, data: str | bytes) -> None:
    """Handle one frame (reader task)."""
    try:
        frame = decode(data)
    except (ValueError, TypeError, RecursionError) as exc:  # RecursionError: JSON nested too deep to decode
        session.unreadable += 1
        logger.warning("skipped a WebSocket frame that is not a JSON object: %s", exc)
        return
    sid = frame.get("sid") if isinstance(frame.get("sid"), int) else None
    route = session._routes.get(sid) if sid is not None else None
    if frame.get("id") and session._commands.answer(frame):
        seq = frame.get("seq")
        if route is not None and sid is not None and isinstance(seq, int):
            route[0].note_seq(sid, seq)  # an ok or unsubscribed answer can use a number of the sequence
        return
    kind = frame.get("type")
    if kind in ("error", "unsubscribed"):
        _ended(session, frame, sid)
        return
    if route is None or sid is None:
        session.unrouted += 1
        logger.debug("skipped a %r message for no subscription of ours (sid %r)", kind, sid)
        return
    sub, channel = route
    sub.handle(frame, channel)


def _ended(session: KalshiWebSocket, frame: dict[str, object], sid: int | None) -> None:
    """An error or unsubscribed frame that answers no command."""
    route = session._routes.get(sid) if sid is not None else None
    error = command_error(frame, None) if frame.get("type") == "error" else None
    if route is None or sid is None or (error is not None and error.code not in ENDING_CODES):
        logger.warning("Kalshi's WebSocket said %s", error or frame)
        return
    sub, _ = route
    del session._routes[sid]
    logger.warning("Kalshi ended subscription %s: %s", sid, error or "unsubscribed")
    if sub.book is not None and sub.active:
        session._spawn(session._reopen(sub))
        return
    sub.sids = {channel: s for channel, s in sub.sids.items() if s != sid}
    if not sub.sids:
        if sub in session.subscriptions:
            session.subscriptions.remove(sub)
        sub.end(error or KalshiWebSocketError(f"Kalshi ended subscription {sid}.", sid=sid))
