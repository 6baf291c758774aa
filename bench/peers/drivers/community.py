"""The other SDKs a user would pick: kalshi-sdk, pykalshi and kalshi-py, each as its README shows."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from bench.peers.drivers.base import Driver, Setup, load
from bench.peers.drivers.generated import Generated


class KalshiSdk(Driver):
    label = "kalshi-sdk"
    distribution = "kalshi-sdk"
    imports = "from kalshi import AsyncKalshiClient, KalshiClient"
    money_field = "yes_bid"  # it renames the *_dollars fields
    # Its Market model requires liquidity_dollars, which the servers no longer send.
    page_fixups: ClassVar[dict[str, Any]] = {"liquidity_dollars": "0.0000"}

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        self.kalshi = load("kalshi")
        self.client = self.kalshi.KalshiClient(
            key_id=setup.key_id, private_key_path=setup.key_path, base_url=setup.base_url
        )
        self.async_client: Any = None

    def call(self) -> object:
        return self.client.portfolio.balance()

    async def open_async(self) -> None:
        self.async_client = self.kalshi.AsyncKalshiClient(
            key_id=self.setup.key_id, private_key_path=self.setup.key_path, base_url=self.setup.base_url
        )

    async def acall(self) -> object:
        return await self.async_client.portfolio.balance()

    def parse(self, body: bytes) -> object:
        # markets.list: response.json(), then _list's model_validate per item and a Page.
        data = json.loads(body)
        items = [self.kalshi.Market.model_validate(item) for item in data.get("markets") or []]
        return self.kalshi.Page(items=items, cursor=data.get("cursor") or None)

    def market_list(self, parsed: Any) -> Any:
        return parsed.items

    def fetch_page(self) -> object:
        return self.client.markets.list(limit=1000)


class PyKalshi(Driver):
    label = "pykalshi"
    distribution = "pykalshi"
    imports = "from pykalshi import AsyncKalshiClient, KalshiClient"

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        self.pykalshi = load("pykalshi")
        self.market_model = load("pykalshi.models").MarketModel
        self.client = self.pykalshi.KalshiClient(
            api_key_id=setup.key_id, private_key_path=setup.key_path, api_base=setup.base_url
        )
        self.async_client: Any = None

    def call(self) -> object:
        return self.client.portfolio.get_balance()

    async def open_async(self) -> None:
        self.async_client = self.pykalshi.AsyncKalshiClient(
            api_key_id=self.setup.key_id, private_key_path=self.setup.key_path, api_base=self.setup.base_url
        )

    async def acall(self) -> object:
        return await self.async_client.portfolio.get_balance()

    def parse(self, body: bytes) -> object:
        # get_markets: response.json(), then a Market around each validated MarketModel.
        data = json.loads(body)
        market, model = self.pykalshi.Market, self.market_model
        return self.pykalshi.DataFrameList(market(self.client, model.model_validate(m)) for m in data["markets"])

    def market_list(self, parsed: Any) -> Any:
        return parsed

    def fetch_page(self) -> object:
        return self.client.get_markets(limit=1000)


class KalshiPy(Generated):
    label = "kalshi-py"
    distribution = "kalshi-py"
    package = "kalshi_py"
    imports = (
        "from kalshi_py import KalshiAuthenticatedClient\n"
        "from kalshi_py.api.market import get_markets\n"
        "from kalshi_py.api.portfolio import get_balance"
    )
    # Generated from a 2025 description: its Market requires the integer-cent fields and
    # others that the servers dropped in early 2026.
    page_fixups: ClassVar[dict[str, Any]] = {
        "category": "",
        "last_price": 0,
        "liquidity": 0,
        "no_ask": 0,
        "no_bid": 0,
        "notional_value": 100,
        "open_interest": 0,
        "previous_price": 0,
        "previous_yes_ask": 0,
        "previous_yes_bid": 0,
        "response_price_units": "usd_cent",
        "risk_limit_cents": 0,
        "subtitle": "",
        "tick_size": 1,
        "volume": 0,
        "volume_24h": 0,
        "yes_ask": 0,
        "yes_bid": 0,
    }

    remarks = (
        (
            "its models have no fixed-point (`*_dollars`, `*_fp`) fields: the prices the servers send "
            "stay untyped in `additional_properties` (GetBalance types only `balance`)"
        ),
        "declares mkdocs-material, a documentation theme, as a runtime dependency (left out here: nothing imports it)",
    )

    def make_client(self) -> Any:
        client_class = load("kalshi_py").KalshiAuthenticatedClient
        setup = self.setup
        return client_class(access_key_id=setup.key_id, private_key_pem=setup.pem, base_url=setup.base_url)
