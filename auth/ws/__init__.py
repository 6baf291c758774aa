"""Kalshi's Trade API WebSocket: signed, typed streams and local order books.

Opened from a client::

    async with client.websocket() as ws:
        sub = await ws.subscribe(["ticker"], market_tickers=["A"])
        async for message in sub:
            print(message.msg.price_dollars)

The only part of the SDK that imports ``websockets``; names load on first use (PEP 562), so importing
``kalshi_auth.ws.urls`` alone costs nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _lazy

if TYPE_CHECKING:
    from .backpressure import Policy
    from .book import Level, OrderBook
    from .messages import Message
    from .session import KalshiWebSocket
    from .subscription import Subscription
    from .urls import WEBSOCKET_HOSTS, websocket_url

_LAZY: dict[str, str] = {
    "KalshiWebSocket": ".session",
    "Level": ".book",
    "Message": ".messages",
    "OrderBook": ".book",
    "Policy": ".backpressure",
    "Subscription": ".subscription",
    "WEBSOCKET_HOSTS": ".urls",
    "websocket_url": ".urls",
}

__all__ = [
    "WEBSOCKET_HOSTS",
    "KalshiWebSocket",
    "Level",
    "Message",
    "OrderBook",
    "Policy",
    "Subscription",
    "websocket_url",
]


def __getattr__(name: str) -> Any:
    return _lazy.load(globals(), _LAZY, name)


def __dir__() -> list[str]:
    return _lazy.names(globals(), _LAZY)
