"""Markets (public), balance, and placing then cancelling an order.

    KALSHI_API_KEY_ID=... KALSHI_PRIVATE_KEY_PATH=~/kalshi-demo.key KALSHI_ENV=demo \\
        .venv/bin/python -m examples.trading KXHIGHNY-26NOV23-T50

It places a 1-contract bid at 1 cent, far from any fill, then cancels it. Use a demo key.
"""

from __future__ import annotations

import sys
from decimal import Decimal

from kalshi_auth import ENVIRONMENTS, KalshiClient
from kalshi_client import Client
from kalshi_client.api.market import get_markets
from kalshi_client.api.orders import cancel_order_v2, create_order_v2
from kalshi_client.api.portfolio import get_balance
from kalshi_client.models import (
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    GetMarketsStatus,
    SelfTradePreventionType,
)


def open_markets(base_url: str = ENVIRONMENTS["demo"]) -> list[str]:
    """Public data needs no key: the generated, unsigned Client is enough."""
    with Client(base_url=base_url) as public:
        page = get_markets.sync(client=public, limit=5, status=GetMarketsStatus.OPEN)
    return [f"{m.ticker}: bid {m.yes_bid_dollars}, ask {m.yes_ask_dollars} ({m.status})" for m in page.markets]


def balance_in_dollars(client: KalshiClient) -> Decimal:
    """Money is a Decimal, read from the exact text the server sent ("12.3400")."""
    return get_balance.sync(client=client).balance_dollars


def place_and_cancel(client: KalshiClient, ticker: str) -> str:
    order = create_order_v2.sync(
        client=client,
        body=CreateOrderV2Request(
            ticker=ticker,
            side=BookSide.BID,
            count=1,
            price=Decimal("0.01"),  # or "0.01"; never a float
            time_in_force=CreateOrderV2RequestTimeInForce.GOOD_TILL_CANCELED,
            self_trade_prevention_type=SelfTradePreventionType.TAKER_AT_CROSS,
        ),
    )
    cancelled = cancel_order_v2.sync(order.order_id, client=client)
    return f"order {order.order_id}: placed, then cancelled ({cancelled.reduced_by} contract(s) taken off the book)"


if __name__ == "__main__":
    print("\n".join(open_markets()))
    with KalshiClient.from_env() as kalshi:
        print("balance:", balance_in_dollars(kalshi))
        if len(sys.argv) > 1:
            print(place_and_cancel(kalshi, sys.argv[1]))
