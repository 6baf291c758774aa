"""What every SDK driver offers the worker: the same few operations, each through that
SDK's own public call path, so that the figures are what a user of it would see.

Peers are imported with `importlib` and handled as `Any`: they are installed only in the
bench venv (.venv-bench), not where `make lint` runs mypy, and several ship no types.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class Setup:
    """Where the loopback server is and which key signs: the same for every SDK."""

    root: str  # http://127.0.0.1:PORT
    key_id: str
    key_path: str

    @property
    def base_url(self) -> str:
        return f"{self.root}/trade-api/v2"

    @property
    def pem(self) -> str:
        with open(self.key_path) as file:
            return file.read()


def load(module: str) -> Any:
    """A peer's module, typed loosely (see the module docstring)."""
    return importlib.import_module(module)


class Driver:
    """One SDK. Subclasses build their clients in `__init__` (sync) and `open_async`."""

    label: ClassVar[str]  # the row in the table
    distribution: ClassVar[str | None] = None  # whose version the table shows
    imports: ClassVar[str]  # a user's import lines, timed in a fresh interpreter
    has_sync: ClassVar[bool] = True
    has_async: ClassVar[bool] = True
    parses: ClassVar[bool] = True
    is_floor: ClassVar[bool] = False
    # Required by this SDK's Market model but no longer sent by the servers: added (with
    # plausible values) to a second copy of the page, so that the SDK still gets a parse
    # figure, marked as such.
    page_fixups: ClassVar[dict[str, Any]] = {}
    remarks: ClassVar[tuple[str, ...]] = ()  # problems found by reading or installing it
    # Which attributes of a parsed market the table reports the Python type of.
    money_field: ClassVar[str] = "yes_bid_dollars"
    time_field: ClassVar[str] = "open_time"

    def __init__(self, setup: Setup) -> None:
        self.setup = setup

    def call(self) -> object:
        """One signed GetBalance, sync."""
        raise NotImplementedError

    async def open_async(self) -> None:
        """Build the async client; runs inside the worker's one event loop."""

    async def acall(self) -> object:
        """One signed GetBalance, async."""
        raise NotImplementedError

    def parse(self, body: bytes) -> object:
        """A GetMarkets body to this SDK's models, by the steps its call path takes."""
        raise NotImplementedError

    def market_list(self, parsed: Any) -> Any:
        """The markets of a parse (or of a page call), as a sequence."""
        raise NotImplementedError

    def fetch_page(self) -> object:
        """GetMarkets with limit=1000 through the public call (async where there is no sync)."""
        raise NotImplementedError

    async def afetch_page(self) -> object:
        raise NotImplementedError


def with_fixups(body: bytes, fixups: dict[str, Any]) -> bytes:
    """The same page with fields added to every market, for an SDK that requires them."""
    page = json.loads(body)
    page["markets"] = [dict(sorted({**fixups, **market}.items())) for market in page["markets"]]
    return json.dumps(page, separators=(",", ":"), ensure_ascii=False).encode()
