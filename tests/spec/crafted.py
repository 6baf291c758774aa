"""Crafted spec pairs: base.yaml and one edit each, with the report lines each must give.

Each pair isolates one rule of the report; tests/spec/test_operations.py and
test_schemas.py read the lines, test_cli.py runs every pair through the command and checks
its exit code (1 exactly when a line says "breaks").
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tools.spec import update
from tools.spec.load import read

BASE = Path(__file__).parent / "crafted" / "base.yaml"
Spec = dict[str, Any]


@cache
def _base() -> Spec:
    return read(BASE)


def base() -> Spec:
    """A fresh copy of base.yaml to edit."""
    return copy.deepcopy(_base())


def model(spec: Spec, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def operation(spec: Spec, path: str, method: str = "get") -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]
    return found


def report_lines(new: Spec, old: Spec | None = None) -> list[str]:
    """What the report says from ``old`` (base.yaml) to ``new``, spec level, one line each."""
    return [str(change) for change in update.compare(old or base(), new, None, None).changes]


def write(folder: Path, name: str, spec: Spec) -> Path:
    """The spec as a file (JSON, which YAML 1.2 readers take as it is)."""
    path = folder / f"{name}.json"
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    return path


@dataclass(frozen=True)
class Pair:
    """``edit`` makes the new side; ``before``, when given, is applied to both sides first
    (the old side is then base.yaml with it, not base.yaml itself)."""

    edit: Callable[[Spec], None]
    lines: tuple[str, ...]
    before: Callable[[Spec], None] | None = None

    def old(self) -> Spec:
        spec = base()
        if self.before is not None:
            self.before(spec)
        return spec

    def new(self) -> Spec:
        spec = self.old()
        self.edit(spec)
        return spec

    def old_file(self, folder: Path) -> Path:
        """The old side as a file: base.yaml itself unless ``before`` edits it."""
        return BASE if self.before is None else write(folder, "old", self.old())


def _set(path: list[Any], value: Any) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        node: Any = spec
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = copy.deepcopy(value)  # each side its own: a later edit must not reach both

    return edit


def _all(*edits: Callable[[Spec], None]) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        for one in edits:
            one(spec)

    return edit


def _rename_operation(spec: Spec) -> None:
    operation(spec, "/markets/{ticker}")["operationId"] = "GetSingleMarket"


def _move_path(spec: Spec) -> None:
    spec["paths"]["/market/{ticker}"] = spec["paths"].pop("/markets/{ticker}")


def _rename_model(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["GetSingleMarketResponse"] = schemas.pop("GetMarketResponse")
    response = operation(spec, "/markets/{ticker}")["responses"]["200"]
    response["content"]["application/json"]["schema"]["$ref"] = "#/components/schemas/GetSingleMarketResponse"


def _status_parameter(spec: Spec) -> dict[str, Any]:
    parameter: dict[str, Any] = operation(spec, "/markets")["parameters"][1]
    return parameter


def _status_through_ref(spec: Spec) -> None:
    spec["components"]["schemas"]["StatusFilter"] = {"type": "string", "enum": ["open"]}
    _status_parameter(spec)["schema"] = {"$ref": "#/components/schemas/StatusFilter"}


INLINE_N = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
ONE_MARKET = ["components", "schemas", "GetMarketResponse", "properties"]

SUCCESS = ["paths", "/markets/{ticker}", "get", "responses", "200", "content", "application/json", "schema"]
MARKET = ["components", "schemas", "Market"]
ORDER = ["components", "schemas", "CreateOrderRequest"]
MARKETS = ["paths", "/markets", "get"]

PAIRS: dict[str, Pair] = {
    # Success responses: what sync()/asyncio() return.
    "success schema swapped": Pair(
        _set(SUCCESS, {"$ref": "#/components/schemas/GetMarketsResponse"}),
        (("response GetMarket: success response type changed from GetMarketResponse to GetMarketsResponse"
         " [breaks readers]"),),
    ),
    "success schema retyped": Pair(
        _set(SUCCESS, {"type": "array", "items": {"$ref": "#/components/schemas/Market"}}),
        ("response GetMarket: success response type changed from GetMarketResponse to list[Market] [breaks readers]",),
    ),
    # Fields of what is read back.
    "response field removed": Pair(
        lambda s: (model(s, "Market")["properties"].pop("tick_size"), None)[1],
        ("field Market.tick_size: field removed [breaks readers]",),
    ),
    "response field retyped": Pair(
        _set([*MARKET, "properties", "volume"], {"type": "string"}),
        ("field Market.volume: type changed from int to str [breaks readers]",),
    ),
    "response field made optional": Pair(
        _set([*MARKET, "required"], ["ticker", "volume"]),
        ("field Market.title: field made optional [breaks readers]",),
    ),
    "response field made nullable": Pair(
        _set([*MARKET, "properties", "title"], {"type": "string", "nullable": True}),
        ("field Market.title: made nullable [breaks readers]",),
    ),
    "response field added as required": Pair(
        _all(_set([*MARKET, "properties", "category"], {"type": "string"}),
             _set([*MARKET, "required"], ["ticker", "title", "volume", "category"])),
        ("field Market.category: new required field",),
    ),
    "response enum value added": Pair(
        _set(["components", "schemas", "MarketStatus", "enum"], ["open", "closed", "settled"]),
        ("enum MarketStatus: new enum values 'settled'",),
    ),
    "response enum value removed": Pair(
        _set(["components", "schemas", "MarketStatus", "enum"], ["open"]),
        ("enum MarketStatus: enum values removed 'closed' [breaks code naming it]",),
    ),
    # What callers send.
    "request field added as required": Pair(
        _all(_set([*ORDER, "properties", "expiration_ts"], {"type": "integer"}),
             _set([*ORDER, "required"], ["ticker", "side", "count", "expiration_ts"])),
        ("field CreateOrderRequest.expiration_ts: new required field [breaks callers]",),
    ),
    "request field added as optional": Pair(
        _set([*ORDER, "properties", "expiration_ts"], {"type": "integer"}),
        ("field CreateOrderRequest.expiration_ts: new optional field",),
    ),
    "request field made optional": Pair(
        _set([*ORDER, "required"], ["ticker", "side"]),
        ("field CreateOrderRequest.count: field made optional",),
    ),
    "request parameter added as required": Pair(
        lambda s: operation(s, "/markets")["parameters"].append(
            {"name": "series_ticker", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        ("parameter GetMarkets.series_ticker: new required query parameter [breaks callers]",),
    ),
    "request parameter added as optional": Pair(
        lambda s: operation(s, "/markets")["parameters"].append(
            {"name": "series_ticker", "in": "query", "schema": {"type": "string"}}
        ),
        ("parameter GetMarkets.series_ticker: new optional query parameter",),
    ),
    "request enum value removed": Pair(
        _all(_set(["components", "schemas", "Side", "enum"], ["yes"]),
             _set(["components", "schemas", "Side", "x-enum-varnames"], ["SideYes"])),
        ("enum Side: enum values removed 'no' [breaks callers]",),
    ),
    "request enum value added": Pair(
        lambda s: _status_parameter(s)["schema"]["enum"].append("settled"),
        ("parameter GetMarkets.status: new enum values 'settled'",),
    ),
    "request enum compared through $ref": Pair(
        _status_through_ref,
        ("parameter GetMarkets.status: type changed from str enum to StatusFilter [breaks callers]",
         "parameter GetMarkets.status: enum values removed 'closed' [breaks callers]",
         "model StatusFilter: new model"),
    ),
    "x-enum-varnames renamed": Pair(
        _set(["components", "schemas", "Side", "x-enum-varnames"], ["BuyYes", "BuyNo"]),
        ("enum Side: Python member SIDE_NO renamed BUY_NO (value 'no') [breaks code naming it]",
         "enum Side: Python member SIDE_YES renamed BUY_YES (value 'yes') [breaks code naming it]"),
    ),
    # Inline objects wherever they sit: describe() reads each as "object" (red-team finding 1).
    "inline object in oneOf retyped": Pair(
        _set([*ONE_MARKET, "extra", "oneOf", 0, "properties", "n"], {"type": "string"}),
        ("field GetMarketResponse.extra.oneOf[0].n: type changed from int to str [breaks readers]",),
        _set([*ONE_MARKET, "extra"], {"oneOf": [INLINE_N, {"type": "string"}]}),
    ),
    "inline object in array of arrays retyped": Pair(
        _set([*ONE_MARKET, "grid", "items", "items", "properties", "n"], {"type": "string"}),
        ("field GetMarketResponse.grid[][].n: type changed from int to str [breaks readers]",),
        _set([*ONE_MARKET, "grid"], {"type": "array", "items": {"type": "array", "items": INLINE_N}}),
    ),
    "inline object in dict retyped": Pair(
        _set([*MARKET, "properties", "by_side", "additionalProperties", "properties", "n"], {"type": "string"}),
        ("field Market.by_side.additionalProperties.n: type changed from int to str [breaks readers]",),
        _set([*MARKET, "properties", "by_side"], {"type": "object", "additionalProperties": INLINE_N}),
    ),
    "extra values beside fields retyped": Pair(
        _set([*MARKET, "properties", "counts", "additionalProperties"], {"type": "string"}),
        ("field Market.counts.additionalProperties: type changed from int to str [breaks readers]",),
        _set([*MARKET, "properties", "counts"], {"type": "object", "properties": {"a": {"type": "integer"}},
                                                  "additionalProperties": {"type": "integer"}}),
    ),
    # Operations, modules, models.
    "operation removed": Pair(
        lambda s: (s["paths"].pop("/markets/{ticker}"), None)[1],
        ("operation GetMarket: operation removed (was GET /markets/{ticker}) [breaks callers]",),
    ),
    "operation added": Pair(
        _set(["paths", "/events"], {"get": {"operationId": "GetEvents", "tags": ["events"],
                                            "responses": {"200": {"description": "Success."}}}}),
        ("operation GetEvents: new operation (GET /events, kalshi_client.api.events.get_events)",
         "operation kalshi_client.api.events: new module"),
    ),
    "operation renamed": Pair(
        _rename_operation,
        ("operation GetMarket: renamed GetSingleMarket (kalshi_client.api.market.get_single_market) [breaks callers]",),
    ),
    "operationId case changed": Pair(
        lambda spec: operation(spec, "/markets/{ticker}").update(operationId="getMarket"),
        ("operation GetMarket: operationId now getMarket (same Python name)",),
    ),
    "operation moved to another module": Pair(
        _set(["paths", "/portfolio/orders", "post", "tags"], ["portfolio"]),
        (("operation CreateOrder: moved from kalshi_client.api.orders.create_order to"
         " kalshi_client.api.portfolio.create_order [breaks callers]"),
         "operation kalshi_client.api.orders: module removed [breaks code naming it]",
         "operation kalshi_client.api.portfolio: new module"),
    ),
    "route changed": Pair(
        _move_path,
        ("operation GetMarket: route changed from GET /markets/{ticker} to GET /market/{ticker}",),
    ),
    "model renamed": Pair(
        _rename_model,
        (("response GetMarket: success response type changed from GetMarketResponse to GetSingleMarketResponse"
         " [breaks readers]"),
         "model GetMarketResponse: model renamed GetSingleMarketResponse [breaks code naming it]"),
    ),
    # No change to the API.
    "wording only": Pair(_set([*MARKET, "description"], "A market, in other words."), ()),
    "nothing": Pair(lambda s: None, ()),
}  # fmt: skip
