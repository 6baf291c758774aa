"""`make stream-demo`: run examples/streaming.py against a fake exchange on loopback, or against Kalshi.

With no KALSHI_API_KEY_ID in the environment it starts tools/ws_exchange.py's fake exchange with a
throwaway key, has a make-believe market tick and trade on it, and streams from it: no network needed.
With a key in the environment (KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH or KALSHI_PRIVATE_KEY, plus
KALSHI_ENV=demo for the demo exchange) it streams MARKET from Kalshi; streaming only reads.
"""

from __future__ import annotations

import asyncio
import os
import random
import sys

from cryptography.hazmat.primitives.asymmetric import rsa

from examples import streaming
from kalshi_auth import KalshiClient
from tools.ws_exchange import FakeKalshiWebSocket

MARKET = "KXDEMO-26DEC31-T50"


async def make_believe_market(exchange: FakeKalshiWebSocket, market: str) -> None:
    """A last price that wanders, bids resting a few cents either side of it, a tick every 50 ms."""
    rng = random.Random(1)
    cents = 50
    while True:
        cents = min(90, max(10, cents + rng.choice((-1, 0, 1))))
        side, away = rng.choice(("yes", "no")), rng.randint(1, 3)
        bid = cents - away if side == "yes" else 100 - cents - away  # each side bids below the other's ask
        await exchange.delta(market, side, f"{bid / 100:.4f}", f"{rng.randint(1, 20)}.00")
        quote = {"yes_bid_dollars": f"{(cents - 1) / 100:.4f}", "yes_ask_dollars": f"{(cents + 1) / 100:.4f}"}
        await exchange.ticker(market, f"{cents / 100:.4f}", **quote)
        await asyncio.sleep(0.05)


async def offline() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    async with FakeKalshiWebSocket(key.public_key()) as exchange:
        exchange.set_book(MARKET, yes={"0.4800": "25.00", "0.4700": "40.00"}, no={"0.5000": "30.00"})
        rest_url = exchange.url.replace("ws://", "http://").replace("/trade-api/ws/v2", "/trade-api/v2")
        print(f"Streaming from a fake exchange at {exchange.url} (throwaway key)")
        market = asyncio.create_task(make_believe_market(exchange, MARKET))
        try:
            with KalshiClient(key_id="demo-key-id", private_key=key, base_url=rest_url) as client:
                await streaming.run(client, MARKET)
        finally:
            market.cancel()


def main() -> int:
    if not os.environ.get("KALSHI_API_KEY_ID"):
        asyncio.run(offline())
        return 0
    market = os.environ.get("MARKET")
    if not market:
        print("Set MARKET to the ticker of a market that trades (make stream-demo MARKET=...).", file=sys.stderr)
        return 2
    with KalshiClient.from_env() as client:
        print(f"Streaming {market} from Kalshi ({client.base_url})")
        asyncio.run(streaming.run(client, market))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
