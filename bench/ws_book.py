"""Streams: order book deltas applied per second, and what reading a message costs.

The deltas go through the reader's own path (``dispatch``: decode, route by sid, check seq, apply to the
book) from JSON text, as they come off the socket; the WebSocket framing (websockets, in C) is not in it.
"""

from __future__ import annotations

import json
import random
import time
import timeit
import uuid

from bench.common import interleaved, machine, median, record
from kalshi_auth.signing import Signer
from kalshi_auth.ws.book import OrderBook
from kalshi_auth.ws.dispatch import dispatch
from kalshi_auth.ws.messages import decode, parse
from kalshi_auth.ws.session import KalshiWebSocket
from kalshi_auth.ws.subscription import Subscription

RUNS = 7
DELTAS = 50_000
LEVELS = 100
MARKET = "KXBENCH-26DEC31-T50"
MARKET_ID = str(uuid.uuid4())


def delta_frames(sid: int) -> list[str]:
    """``DELTAS`` deltas that keep the book valid (no level below zero), with seq from 2."""
    rng = random.Random(7)
    sizes: dict[tuple[str, int], int] = {}
    frames = []
    for n in range(DELTAS):
        side, tick = rng.choice(("yes", "no")), rng.randrange(1, LEVELS)
        current = sizes.get((side, tick), 0)
        change = rng.randint(-current, 500) if current else rng.randint(1, 500)
        sizes[(side, tick)] = current + change
        msg = {
            "market_ticker": MARKET, "market_id": MARKET_ID, "clock": 1000 + n, "price_dollars": f"{tick / 100:.4f}",
            "delta_fp": f"{change}.00", "side": side, "ts_ms": 1_767_000_000_000 + n,
        }  # fmt: skip
        frames.append(json.dumps({"type": "orderbook_delta", "sid": sid, "seq": n + 2, "msg": msg}))
    return frames


def book_session() -> tuple[KalshiWebSocket, Subscription]:
    """A session holding one order book subscription (sid 1), its snapshot applied; no connection needed."""
    from cryptography.hazmat.primitives.asymmetric import ed25519

    session = KalshiWebSocket(
        Signer("bench", ed25519.Ed25519PrivateKey.generate()), url="ws://127.0.0.1:9/trade-api/ws/v2"
    )
    sub = Subscription(session, ["orderbook_delta"], {"market_ticker": MARKET}, 1000, book=OrderBook(MARKET))
    session._routes[1] = (sub, "orderbook_delta")
    snapshot = {"market_ticker": MARKET, "market_id": MARKET_ID, "clock": 999}
    dispatch(session, json.dumps({"type": "orderbook_snapshot", "sid": 1, "seq": 1, "msg": snapshot}))
    return session, sub


def deltas_per_second(frames: list[str]) -> float:
    session, sub = book_session()
    started = time.perf_counter()
    for frame in frames:
        dispatch(session, frame)
    elapsed = time.perf_counter() - started
    assert sub.book is not None and sub.book.synced and sub.gaps == 0, "the benchmark's deltas must all apply"
    return len(frames) / elapsed


def applying_only(frames: list[str]) -> float:
    """Deltas per second into ``OrderBook.apply_delta`` from already decoded dicts."""
    decoded = [json.loads(frame) for frame in frames]
    book = OrderBook(MARKET)
    book.apply_snapshot({"clock": 999}, 1)
    started = time.perf_counter()
    for frame in decoded:
        book.apply_delta(frame["msg"], frame["seq"])
    return len(decoded) / (time.perf_counter() - started)


SAMPLES = {
    "ticker": {
        "type": "ticker", "sid": 3,
        "msg": {
            "market_id": MARKET_ID, "market_ticker": MARKET, "price_dollars": "0.5600", "yes_bid_dollars": "0.5500",
            "yes_ask_dollars": "0.5700", "volume_fp": "1200.00", "open_interest_fp": "800.00", "dollar_volume": 600,
            "dollar_open_interest": 400, "yes_bid_size_fp": "30.00", "yes_ask_size_fp": "12.00",
            "last_trade_size_fp": "5.00", "ts": 1767000000, "ts_ms": 1767000000000, "time": "2026-12-29T09:20:00Z",
        },
    },
    "trade": {
        "type": "trade", "sid": 4, "seq": 9,
        "msg": {
            "trade_id": str(uuid.uuid4()), "market_ticker": MARKET, "yes_price_dollars": "0.5600",
            "no_price_dollars": "0.4400", "count_fp": "5.00", "taker_outcome_side": "yes", "taker_book_side": "bid",
            "is_block_trade": False, "ts_ms": 1767000000000,
        },
    },
    "orderbook_delta": json.loads(delta_frames(2)[0]),
}  # fmt: skip


def parse_costs() -> list[tuple[str, float, float]]:
    rows = []
    for kind, frame in SAMPLES.items():
        text = json.dumps(frame)
        assert parse(decode(text)).known, kind

        def decode_only(text: str = text) -> float:
            return timeit.timeit(lambda: decode(text), number=2000) / 2000

        def typed(text: str = text) -> float:
            return timeit.timeit(lambda: parse(decode(text)), number=2000) / 2000

        json_times, typed_times = interleaved(RUNS, decode_only, typed)
        rows.append((kind, median(json_times) * 1e6, median(typed_times) * 1e6))
    return rows


def main() -> None:
    frames = delta_frames(1)
    through_reader, applied_only = interleaved(RUNS, lambda: deltas_per_second(frames), lambda: applying_only(frames))
    reader_rate, apply_rate = median(through_reader), median(applied_only)
    parse_rows = "\n".join(f"| `{kind}` | {plain:.1f} µs | {typed:.1f} µs |" for kind, plain, typed in parse_costs())
    text = f"""
Median of {RUNS} runs, interleaved; {DELTAS:,} deltas on one market ({LEVELS} price levels a side, sizes kept
valid); {machine()}.

| order book deltas, one core | per second | per delta |
| --- | --- | --- |
| the reader's path from JSON text: decode, route by sid, check seq, apply (`dispatch`) | **{reader_rate:,.0f}** | {1e6 / reader_rate:.1f} µs |
| `OrderBook.apply_delta` alone, from decoded dicts | {apply_rate:,.0f} | {1e6 / apply_rate:.1f} µs |

| reading one message (median of {RUNS} × 2,000) | `json.loads` | to a typed `Message` (generated model) |
| --- | --- | --- |
{parse_rows}

The target was tens of thousands of deltas per second per core. Books skip the generated models: the
reader applies a delta straight from the decoded dict (two `Decimal`s from Kalshi's fixed-point strings
and one dict update), and builds typed `Message`s only for what a subscription hands to its reader.
WebSocket framing (websockets' C code) is outside these figures.
"""
    print(text)
    record("Streams", text)


if __name__ == "__main__":
    main()
