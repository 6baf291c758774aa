"""Kalshi's official SDKs, kalshi-python-sync and kalshi-python-async (OpenAPI Generator,
pydantic models), through `KalshiClient(Configuration)` as their README shows."""

from __future__ import annotations

from typing import Any, ClassVar

from bench.peers.drivers.base import Driver, Setup, load

TYPES = {"200": "GetMarketsResponse"}


class CannedResponse:
    """The few members of the SDKs' RESTResponse that `response_deserialize` reads."""

    status = 200
    reason = "OK"

    def __init__(self, body: bytes) -> None:
        self.data = body

    def getheader(self, name: str, default: str | None = None) -> str | None:
        return "application/json" if name.lower() == "content-type" else default

    def getheaders(self) -> dict[str, str]:
        return {"Content-Type": "application/json"}


class OfficialSync(Driver):
    label = "kalshi-python-sync (official)"
    distribution = "kalshi_python_sync"
    package: ClassVar[str] = "kalshi_python_sync"
    imports = "from kalshi_python_sync import Configuration, KalshiClient"
    has_async = False

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        self.module = load(self.package)
        self.client = self.make_client() if self.has_sync else None
        self.async_client: Any = None

    def make_client(self) -> Any:
        config = self.module.Configuration(host=self.setup.base_url)
        config.api_key_id = self.setup.key_id
        config.private_key_pem = self.setup.pem
        return self.module.KalshiClient(config)

    def call(self) -> object:
        assert self.client is not None
        return self.client.get_balance()

    def parse(self, body: bytes) -> object:
        # What get_markets does after call_api: RESTResponse.read(), then this.
        client = self.client if self.client is not None else self.async_client
        return client.response_deserialize(response_data=CannedResponse(body), response_types_map=TYPES).data

    def market_list(self, parsed: Any) -> Any:
        return parsed.markets

    def fetch_page(self) -> object:
        assert self.client is not None
        return self.client.get_markets(limit=1000)


class OfficialAsync(OfficialSync):
    label = "kalshi-python-async (official)"
    distribution = "kalshi_python_async"
    package = "kalshi_python_async"
    imports = "from kalshi_python_async import Configuration, KalshiClient"
    has_sync = False
    has_async = True

    async def open_async(self) -> None:
        self.async_client = self.make_client()

    async def acall(self) -> object:
        return await self.async_client.get_balance()

    async def afetch_page(self) -> object:
        return await self.async_client.get_markets(limit=1000)
