"""Stream a market's ticker and keep its order book current, over Kalshi's WebSocket.

Run it offline with `make stream-demo` (a fake exchange on loopback, a throwaway key), or against Kalshi
with your own key and a market that trades:

    KALSHI_API_KEY_ID=... KALSHI_PRIVATE_KEY_PATH=~/kalshi.key make stream-demo MARKET=KXHIGHNY-26NOV23-T50
"""

from __future__ import annotations

import asyncio

from kalshi_auth import KalshiClient
from kalshi_auth.ws import KalshiWebSocket, OrderBook


async def show_ticker(ws: KalshiWebSocket, market_ticker: str, count: int) -> None:
    sub = await ws.subscribe(["ticker"], market_tickers=[market_ticker])
    seen = 0
    async for message in sub:
        ticker = message.msg  # a TickerPayloadMsg: Kalshi's field names
        print(
            f"ticker  {ticker.market_ticker}: last {ticker.price_dollars}, bid {ticker.yes_bid_dollars}, ask {ticker.yes_ask_dollars}"
        )
        seen += 1
        if seen == count:
            break
    await sub.unsubscribe()


async def show_book(book: OrderBook, count: int) -> None:
    for _ in range(count):
        await book.changed()  # the next whole state; never one built across lost messages
        bid, ask = book.best_yes_bid, book.best_yes_ask
        print(
            f"book    {book.market_ticker}: yes bid {bid.price if bid else '-'} x {bid.size if bid else '-'}, "
            f"yes ask {ask.price if ask else '-'} x {ask.size if ask else '-'} ({len(book.yes)}+{len(book.no)} levels)"
        )


async def run(client: KalshiClient, market_ticker: str, count: int = 5) -> None:
    async with client.websocket() as ws:
        book = await ws.order_book(market_ticker)
        print(f"order book of {market_ticker}: {len(book.yes)} yes levels, {len(book.no)} no levels")
        await asyncio.gather(show_ticker(ws, market_ticker, count), show_book(book, count))
        print(f"done: {ws.reconnects} reconnects")
