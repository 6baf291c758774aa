"""The floors: what a call costs with no SDK at all. A bare HTTP client, one RSA-PSS
signature per request, `json.loads` of the answer; and `json.loads` alone for the page."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

from bench.peers.drivers.base import Driver, Setup, load

BALANCE = "/trade-api/v2/portfolio/balance"


class OneSignature:
    """Kalshi's three headers, from one signature over timestamp + method + path."""

    def __init__(self, setup: Setup) -> None:
        primitives = load("cryptography.hazmat.primitives")
        serialization, hashes = load("cryptography.hazmat.primitives.serialization"), primitives.hashes
        padding = load("cryptography.hazmat.primitives.asymmetric.padding")
        with open(setup.key_path, "rb") as file:
            self.key = serialization.load_pem_private_key(file.read(), password=None)
        self.pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        self.sha256 = hashes.SHA256()
        self.key_id = setup.key_id

    def headers(self, method: str, path: str) -> dict[str, str]:
        stamp = str(int(time.time() * 1000))
        signature = self.key.sign(f"{stamp}{method}{path}".encode(), self.pss, self.sha256)
        return {
            "KALSHI-ACCESS-KEY": self.key_id,
            "KALSHI-ACCESS-SIGNATURE": base64.b64encode(signature).decode(),
            "KALSHI-ACCESS-TIMESTAMP": stamp,
        }


class HttpxFloor(Driver):
    label = "floor: httpx + one signature"
    distribution = "httpx"
    imports = "import httpx\nfrom cryptography.hazmat.primitives.asymmetric import padding"
    is_floor = True
    parses = False

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        self.httpx = load("httpx")
        self.signer = OneSignature(setup)
        self.url = f"{setup.root}{BALANCE}"
        self.client = self.httpx.Client()
        self.async_client: Any = None

    def call(self) -> object:
        response = self.client.get(self.url, headers=self.signer.headers("GET", BALANCE))
        response.raise_for_status()
        return json.loads(response.content)

    async def open_async(self) -> None:
        self.async_client = self.httpx.AsyncClient()

    async def acall(self) -> object:
        response = await self.async_client.get(self.url, headers=self.signer.headers("GET", BALANCE))
        response.raise_for_status()
        return json.loads(response.content)


class AiohttpFloor(Driver):
    label = "floor: aiohttp + one signature"
    distribution = "aiohttp"
    imports = "import aiohttp\nfrom cryptography.hazmat.primitives.asymmetric import padding"
    is_floor = True
    has_sync = False
    parses = False

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        self.aiohttp = load("aiohttp")
        self.signer = OneSignature(setup)
        self.url = f"{setup.root}{BALANCE}"
        self.session: Any = None

    async def open_async(self) -> None:
        self.session = self.aiohttp.ClientSession()

    async def acall(self) -> object:
        async with self.session.get(self.url, headers=self.signer.headers("GET", BALANCE)) as response:
            response.raise_for_status()
            return json.loads(await response.read())


class JsonFloor(Driver):
    label = "floor: json.loads"
    distribution = None
    imports = "import json"
    is_floor = True
    has_sync = False
    has_async = False

    def parse(self, body: bytes) -> object:
        return json.loads(body)

    def market_list(self, parsed: Any) -> Any:
        return parsed["markets"]
