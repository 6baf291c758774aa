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
