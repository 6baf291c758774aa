"""This project: `KalshiClient` and the generated endpoint functions, as the README shows."""

from __future__ import annotations

from typing import Any

from bench.peers.drivers.base import load
from bench.peers.drivers.generated import Generated


class Ours(Generated):
    label = "kalshi-trade-sdk (ours)"
    distribution = "kalshi-trade-sdk"
    package = "kalshi_client"
    imports = (
        "from kalshi_auth import KalshiClient\n"
        "from kalshi_client.api.market import get_markets\n"
        "from kalshi_client.api.portfolio import get_balance"
    )

    def make_client(self) -> Any:
        client_class = load("kalshi_auth").KalshiClient
        return client_class(key_id=self.setup.key_id, private_key=self.setup.key_path, base_url=self.setup.base_url)

    def parse(self, body: bytes) -> object:
        # What get_markets.sync does once the answer is in: the runtime's result() for the
        # operation (status check, orjson, the generated from_dict).
        response = self.httpx.Response(200, content=body, request=self.httpx.Request("GET", self.setup.base_url))
        return load("kalshi_auth._runtime").result(response, self.get_markets._OPERATION)
