"""examples/streaming.py runs against the fake exchange, as `make stream-demo` runs it."""

from __future__ import annotations

import asyncio

import pytest

from examples import streaming
from kalshi_auth import KalshiClient
from tests.ws.conftest import RunWs
from tools.stream_demo import make_believe_market
from tools.ws_exchange import FakeKalshiWebSocket


def test_the_streaming_example_shows_a_ticker_and_a_book(run_ws: RunWs, capsys: pytest.CaptureFixture[str]) -> None:
    async def scenario(exchange: FakeKalshiWebSocket, client: KalshiClient) -> None:
        exchange.set_book("KXDEMO", yes={"0.4800": "25.00"}, no={"0.5000": "30.00"})
        market = asyncio.create_task(make_believe_market(exchange, "KXDEMO"))
        try:
            await streaming.run(client, "KXDEMO", count=3)
        finally:
            market.cancel()

    run_ws(scenario)
    lines = capsys.readouterr().out.splitlines()

    assert lines[0].startswith("order book of KXDEMO: ")
    assert sum(line.startswith("ticker  KXDEMO: last 0.") for line in lines) == 3
    assert sum(line.startswith("book    KXDEMO: yes bid 0.") for line in lines) == 3
    assert lines[-1] == "done: 0 reconnects"
