"""Where the WebSocket lives, given the REST base URL a client already has.

Kalshi serves the WebSocket beside the REST API (``/trade-api/ws/v2`` next to ``/trade-api/v2``), but for
its own hosts it recommends dedicated WebSocket hosts; so a client set up for production or demo, by name
or by either of Kalshi's REST hosts, streams from the recommended host, and any other base URL (a mock, a
proxy) keeps its host and port with the scheme and path swapped.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from ..errors import KalshiConfigError

REST_PATH = "/trade-api/v2"
WEBSOCKET_PATH = "/trade-api/ws/v2"

#: Kalshi's REST hosts (recommended and legacy) -> the WebSocket host Kalshi recommends for them.
WEBSOCKET_HOSTS: dict[str, str] = {
    "external-api.kalshi.com": "external-api-ws.kalshi.com",
    "api.elections.kalshi.com": "external-api-ws.kalshi.com",
    "external-api.demo.kalshi.co": "external-api-ws.demo.kalshi.co",
    "demo-api.kalshi.co": "external-api-ws.demo.kalshi.co",
}

_SCHEMES = {"http": "ws", "https": "wss"}


def websocket_url(rest_base_url: str) -> str:
    """The WebSocket URL that goes with a REST base URL such as ``https://host/trade-api/v2``."""
    parts = urlsplit(rest_base_url)
    path = parts.path.rstrip("/")
    if parts.scheme not in _SCHEMES or not parts.hostname or not path.endswith(REST_PATH):
        raise KalshiConfigError(
            f"Cannot derive a WebSocket URL from base_url {rest_base_url!r}: it must be an http(s) URL ending "
            f"in {REST_PATH!r}; pass websocket(url='wss://.../trade-api/ws/v2') instead."
        )
    scheme = _SCHEMES[parts.scheme]
    host = WEBSOCKET_HOSTS.get(parts.hostname)
    if host is not None and scheme == "wss" and parts.port in (None, 443):
        return f"wss://{host}{WEBSOCKET_PATH}"
    return urlunsplit((scheme, parts.netloc, path[: -len(REST_PATH)] + WEBSOCKET_PATH, "", ""))


def check_websocket_url(url: str) -> str:
    """``url`` if it is a ws(s) URL without query or fragment (the signature covers its path only)."""
    parts = urlsplit(url)
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise KalshiConfigError(
            f"WebSocket url {url!r} must be a ws:// or wss:// URL such as 'wss://host{WEBSOCKET_PATH}'."
        )
    if parts.query or parts.fragment:
        raise KalshiConfigError(f"WebSocket url {url!r} must not have a query string or fragment.")
    return url


def signed_path(url: str) -> str:
    """The path the handshake signature covers: the URL's path as sent (``/trade-api/ws/v2`` at Kalshi)."""
    return urlsplit(url).path or "/"
