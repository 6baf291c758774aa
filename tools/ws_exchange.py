"""A fake Kalshi WebSocket exchange on loopback, for the tests and ``make stream-demo``.

It checks each handshake's signature like Kalshi (``timestamp + "GET" + path``, the three
``KALSHI-ACCESS-*`` headers), speaks the command protocol (subscribe, unsubscribe, update_subscription,
list_subscriptions, with ids, sids, ``seq`` and error frames), keeps order books and serves them as a
snapshot followed by deltas, and lets a test inject what real networks and servers do: drops, sequence
gaps, error frames, unknown types and fields, refused handshakes, a connection that stops answering pings.

    async with FakeKalshiWebSocket(public_key) as exchange:
        exchange.url                       # ws://127.0.0.1:<port>/trade-api/ws/v2
        await exchange.delta("A", "yes", "0.5600", "10.00")
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from http import HTTPStatus
from typing import Any, Self

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

Frame = dict[str, Any]
PublicKey = rsa.RSAPublicKey | ed25519.Ed25519PublicKey
PATH = "/trade-api/ws/v2"
CHANNELS = {"orderbook_delta", "ticker", "trade", "fill", "user_orders", "market_positions", "market_lifecycle_v2"}
SEQUENCED = {"orderbook_delta", "trade", "market_lifecycle_v2"}
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


@dataclass
class Sub:
    channel: str
    markets: set[str] | None
    yes_price: bool
    seq: int = 0


@dataclass
class Peer:
    connection: ServerConnection
    subs: dict[int, Sub] = field(default_factory=dict)
    sids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))


class FakeKalshiWebSocket:
    """Start with ``async with``; ``url`` is where to connect; the methods below drive it."""

    def __init__(self, public_key: PublicKey | None = None) -> None:
        self.public_key = public_key
        self.peers: list[Peer] = []
        self.commands: list[Frame] = []
        self.handshakes = 0
        self.refusals: list[int] = []  # statuses for the next handshakes, first first
        self.books: dict[str, dict[str, dict[Decimal, Decimal]]] = {}
        self.market_ids: dict[str, str] = {}
        self._errors: dict[str, int | None] = {}
        #: The KALSHI-ACCESS-TIMESTAMP of each accepted handshake.
        self.timestamps: list[str] = []
        self._gaps: set[str] = set()
        self._trailing: dict[str, tuple[int, bool]] = {}
        self._ok_without_snapshot = False
        self._drops_after_subscribe = 0
        self._held: dict[str, asyncio.Event] = {}
        self._clock = itertools.count(1000)
        self._server: Server | None = None

    async def __aenter__(self) -> Self:
        self._server = await serve(self._serve, "127.0.0.1", 0, process_request=self._check_handshake)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        for peer in list(self.peers):
            peer.connection.transport.abort()  # frozen ones would not answer a closing handshake
        self._server.close()
        await self._server.wait_closed()

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = next(iter(self._server.sockets)).getsockname()[:2]
        return f"ws://{host}:{port}{PATH}"

    # Faults ----------------------------------------------------------------------------------------------

    def fail_next(self, cmd: str, code: int | None) -> None:
        """Answer the next ``cmd`` command with an error frame carrying ``code`` (None: do not answer)."""
        self._errors[cmd] = code

    def gap(self, market: str) -> None:
        """Lose one message: the next book message of ``market`` skips a ``seq`` number."""
        self._gaps.add(market)

    def behind_next_snapshot(self, market: str, deltas: int, *, gap: bool = False) -> None:
        """Send ``deltas`` deltas of ``market`` right behind the next snapshot a get_snapshot asks for, in the
        same burst (the first after a lost message when ``gap``); they add and take back a 0.01 level in turn."""
        self._trailing[market] = (deltas, gap)

    def hold(self, cmd: str) -> asyncio.Event:
        """Answer the next ``cmd`` command only once the returned event is set (a slow server)."""
        self._held[cmd] = asyncio.Event()
        return self._held[cmd]

    def drop_after_subscribe(self, times: int) -> None:
        """Cut the connection right after answering each of the next ``times`` subscribes (a flapping server)."""
        self._drops_after_subscribe = times

    def ok_without_snapshot(self) -> None:
        """Answer the next get_snapshot with an ``ok`` and send no snapshot."""
        self._ok_without_snapshot = True

    async def number_anew(self, market: str) -> None:
        """Start the ``seq`` of every book subscription of ``market`` over from 1, with a fresh snapshot."""
        for peer in list(self.peers):
            for sid, sub in list(peer.subs.items()):
                if sub.channel == "orderbook_delta" and sub.markets is not None and market in sub.markets:
                    sub.seq = 0
                    await self._snapshot(peer, sid, market)

    async def drop(self) -> None:
        """Cut every connection without a closing handshake, as a network failure would."""
        for peer in list(self.peers):
            transport = peer.connection.transport
            transport.abort()

    def freeze(self) -> None:
        """Stop reading every connection: pings go unanswered and the connection looks dead."""
        for peer in self.peers:
            peer.connection.transport.pause_reading()

    async def send_raw(self, payload: Frame | str) -> None:
        """Send ``payload`` as is to every connection (unknown types, odd fields, broken JSON)."""
        text = payload if isinstance(payload, str) else json.dumps(payload)
        for peer in list(self.peers):
            await peer.connection.send(text)

    async def end_subscriptions(self, channel: str, code: int = 25) -> None:
        """End every subscription to ``channel`` with an error frame (no command id), as Kalshi does."""
        for peer in list(self.peers):
            for sid, sub in list(peer.subs.items()):
                if sub.channel == channel:
                    del peer.subs[sid]
                    await peer.connection.send(
                        json.dumps({"type": "error", "sid": sid, "msg": {"code": code, "msg": "ended"}})
                    )

    # Market data -----------------------------------------------------------------------------------------

    def set_book(self, market: str, yes: dict[str, str] | None = None, no: dict[str, str] | None = None) -> None:
        """The resting levels of ``market`` (price in dollars -> contracts), each side at its own leg's price."""
        self.books[market] = {
            "yes": {Decimal(p): Decimal(s) for p, s in (yes or {}).items()},
            "no": {Decimal(p): Decimal(s) for p, s in (no or {}).items()},
        }

    async def delta(self, market: str, side: str, price: str, delta: str, **extra: Any) -> None:
        """Change one level of ``market``'s book and send the delta to its subscribers."""
        levels = self.books.setdefault(market, {"yes": {}, "no": {}})[side]
        size = levels.get(Decimal(price), Decimal(0)) + Decimal(delta)
        levels[Decimal(price)] = size
        if size <= 0:
            del levels[Decimal(price)]
        clock = next(self._clock)

        def build(sub: Sub) -> Frame:
            shown = _yes_leg(price) if side == "no" and sub.yes_price else price
            body = {"market_ticker": market, "market_id": self._id(market), "clock": clock, "price_dollars": shown}
            return {
                "type": "orderbook_delta",
                "msg": {**body, "delta_fp": delta, "side": side, "ts_ms": clock, **extra},
            }

        await self._publish("orderbook_delta", market, build)

    async def book_message(self, market: str, kind: str, msg: Frame) -> None:
        """Send an order book message of ``market`` with any payload (odd prices, another market...) in seq order,
        leaving the exchange's own book as it is."""
        await self._publish(
            "orderbook_delta", market, lambda sub: {"type": kind, "msg": {"market_ticker": market, **msg}}
        )

    async def ticker(self, market: str, price: str, **extra: Any) -> None:
        msg = {
            "market_id": self._id(market), "market_ticker": market, "price_dollars": price,
            "yes_bid_dollars": price, "yes_ask_dollars": price, "volume_fp": "10.00", "open_interest_fp": "5.00",
            "dollar_volume": 10, "dollar_open_interest": 5, "yes_bid_size_fp": "1.00", "yes_ask_size_fp": "1.00",
            "last_trade_size_fp": "1.00", "ts_ms": 1_700_000_000_000, **extra,
        }  # fmt: skip
        await self._publish("ticker", market, lambda sub: {"type": "ticker", "msg": msg})

    async def fill(self, market: str, count: str = "1.00") -> None:
        msg = {
            "trade_id": str(uuid.uuid4()), "order_id": str(uuid.uuid4()), "market_ticker": market,
            "exchange_index": 0, "is_taker": True, "yes_price_dollars": "0.5000", "count_fp": count,
            "fee_cost": "0.0100", "outcome_side": "yes", "book_side": "bid", "ts_ms": 1_700_000_000_000,
            "post_position_fp": count,
        }  # fmt: skip
        await self._publish("fill", market, lambda sub: {"type": "fill", "msg": msg})

    # Serving ---------------------------------------------------------------------------------------------

    def _id(self, market: str) -> str:
        return self.market_ids.setdefault(market, str(uuid.uuid5(uuid.NAMESPACE_URL, market)))

    def _check_handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        self.handshakes += 1
        if self.refusals:
            status = self.refusals.pop(0)
            return connection.respond(HTTPStatus(status), f"refused with {status} by the test\n")
        if self.public_key is None:
            return None
        headers = request.headers
        key, stamp, signature = (headers.get(f"KALSHI-ACCESS-{name}") for name in ("KEY", "TIMESTAMP", "SIGNATURE"))
        if not (key and stamp and signature) or not _verify(self.public_key, signature, f"{stamp}GET{request.path}"):
            return connection.respond(HTTPStatus.UNAUTHORIZED, '{"error": "authentication_error"}')
        self.timestamps.append(stamp)
        return None

    async def _serve(self, connection: ServerConnection) -> None:
        peer = Peer(connection)
        self.peers.append(peer)
        try:
            with contextlib.suppress(ConnectionClosed):  # a dropped connection ends here
                async for text in connection:
                    frame = json.loads(text)
                    self.commands.append(frame)
                    await self._command(peer, frame)
        finally:
            self.peers.remove(peer)

    async def _send(self, peer: Peer, frame: Frame, sid: int | None = None) -> None:
        if sid is not None:
            sub = peer.subs[sid]
            frame = {**frame, "sid": sid}
            if sub.channel in SEQUENCED:
                sub.seq += 1
                frame["seq"] = sub.seq
        await peer.connection.send(json.dumps(frame))

    async def _command(self, peer: Peer, frame: Frame) -> None:
        cmd, id_, params = frame.get("cmd"), frame.get("id", 0), frame.get("params") or {}
        held = self._held.pop(str(cmd), None)
        if held is not None:
            await held.wait()
        if str(cmd) in self._errors and self._errors[str(cmd)] is None:
            del self._errors[str(cmd)]
            return  # a command the server never answers
        code = self._errors.pop(str(cmd), None)
        if code is None and cmd == "subscribe":
            code = _subscribe_problem(params)
        if code is None and cmd == "update_subscription":
            sids = params.get("sids") or ([params["sid"]] if "sid" in params else [])
            code = 12 if len(sids) != 1 else (7 if sids[0] not in peer.subs else None)
        if code is None and cmd == "unsubscribe":
            code = 7 if any(sid not in peer.subs for sid in params.get("sids", [])) else None
        if code is None and cmd not in ("subscribe", "unsubscribe", "update_subscription", "list_subscriptions"):
            code = 5
        if code is not None:
            await self._send(peer, {"id": id_, "type": "error", "msg": {"code": code, "msg": f"error {code}"}})
        elif cmd == "subscribe":
            for channel in params["channels"]:
                markets = params.get("market_tickers") or (
                    [params["market_ticker"]] if "market_ticker" in params else None
                )
                sid = next(peer.sids)
                peer.subs[sid] = Sub(channel, set(markets) if markets else None, bool(params.get("use_yes_price")))
                await self._send(peer, {"id": id_, "type": "subscribed", "msg": {"channel": channel, "sid": sid}})
                if channel == "orderbook_delta":
                    for market in markets or []:
                        await self._snapshot(peer, sid, market)
            if self._drops_after_subscribe:
                self._drops_after_subscribe -= 1
                peer.connection.transport.abort()
        elif cmd == "unsubscribe":
            for sid in params["sids"]:
                await self._send(peer, {"id": id_, "type": "unsubscribed"}, sid)
                del peer.subs[sid]
        elif cmd == "list_subscriptions":
            listed = [{"channel": sub.channel, "sid": sid} for sid, sub in peer.subs.items()]
            await self._send(peer, {"id": id_, "type": "ok", "msg": listed})
        else:
            await self._update(peer, id_, params)

    async def _update(self, peer: Peer, id_: int, params: Frame) -> None:
        sid = (params.get("sids") or [params.get("sid")])[0]
        sub, action, markets = peer.subs[sid], params.get("action"), params.get("market_tickers") or []
        if action == "get_snapshot" and self._ok_without_snapshot:
            self._ok_without_snapshot = False
            await self._send(peer, {"id": id_, "type": "ok", "msg": {"market_tickers": sorted(markets)}}, sid)
            return
        if action == "get_snapshot":
            for market in markets:
                await self._snapshot(peer, sid, market, id_)
                count, gap = self._trailing.pop(market, (0, False))
                if gap:
                    self.gap(market)
                for i in range(count):
                    await self.delta(market, "yes", "0.0100", "1.00" if i % 2 == 0 else "-1.00")
            return
        current = sub.markets if sub.markets is not None else set()
        sub.markets = current | set(markets) if action == "add_markets" else current - set(markets)
        await self._send(peer, {"id": id_, "type": "ok", "msg": {"market_tickers": sorted(sub.markets)}}, sid)
        if action == "add_markets" and sub.channel == "orderbook_delta":
            for market in markets:
                await self._snapshot(peer, sid, market)

    async def _snapshot(self, peer: Peer, sid: int, market: str, id_: int | None = None) -> None:
        book = self.books.get(market, {"yes": {}, "no": {}})
        flip = peer.subs[sid].yes_price
        msg: Frame = {"market_ticker": market, "market_id": self._id(market), "clock": next(self._clock)}
        if book["yes"]:
            msg["yes_dollars_fp"] = [[f"{p:.4f}", f"{s:.2f}"] for p, s in sorted(book["yes"].items())]
        if book["no"]:
            msg["no_dollars_fp"] = [
                [_yes_leg(f"{p:.4f}") if flip else f"{p:.4f}", f"{s:.2f}"] for p, s in book["no"].items()
            ]
        frame: Frame = {"type": "orderbook_snapshot", "msg": msg}
        if id_ is not None:
            frame["id"] = id_
        await self._send(peer, frame, sid)

    async def _publish(self, channel: str, market: str, build: Any) -> None:
        for peer in list(self.peers):
            for sid, sub in list(peer.subs.items()):
                if sub.channel == channel and (sub.markets is None or market in sub.markets):
                    frame = build(sub)
                    if market in self._gaps and channel == "orderbook_delta":
                        self._gaps.discard(market)
                        sub.seq += 1  # the lost message
                    with contextlib.suppress(ConnectionClosed):  # the peer went away meanwhile
                        await self._send(peer, frame, sid)


def _subscribe_problem(params: Frame) -> int | None:
    channels = params.get("channels")
    if not channels:
        return 3
    if any(channel not in CHANNELS for channel in channels):
        return 8
    if "orderbook_delta" in channels and not (params.get("market_ticker") or params.get("market_tickers")):
        return 14
    return None


def _yes_leg(no_price: str) -> str:
    return f"{Decimal(1) - Decimal(no_price):.4f}"


def _verify(key: PublicKey, signature: str, message: str) -> bool:
    try:
        raw = base64.b64decode(signature)
        if isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(raw, message.encode())
        else:
            key.verify(raw, message.encode(), _PSS, hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True
