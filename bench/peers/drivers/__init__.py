"""Every SDK measured by `make bench-peers`, ours first, then the peers, then the floors."""

from __future__ import annotations

from bench.peers.drivers.base import Driver, Setup
from bench.peers.drivers.community import KalshiPy, KalshiSdk, PyKalshi
from bench.peers.drivers.floors import AiohttpFloor, HttpxFloor, JsonFloor
from bench.peers.drivers.official import OfficialAsync, OfficialSync
from bench.peers.drivers.ours import Ours

DRIVERS: dict[str, type[Driver]] = {
    "ours": Ours,
    "official-sync": OfficialSync,
    "official-async": OfficialAsync,
    "kalshi-sdk": KalshiSdk,
    "pykalshi": PyKalshi,
    "kalshi-py": KalshiPy,
    "httpx": HttpxFloor,
    "aiohttp": AiohttpFloor,
    "json": JsonFloor,
}

__all__ = ["DRIVERS", "Driver", "Setup"]
