"""Which bucket a request draws on, and how many tokens it costs.

Writes are order placement, amends, cancels, order groups and the RFQ quote flow;
everything else is a read, including the other POST, PUT and DELETE calls (subaccount
transfers, API keys...). Most calls cost ``DEFAULT_COST``; the table below lists the
ones Kalshi documents otherwise. A batch costs its per-item figure once per item.

A request made by a generated function names its operation in
``request.extensions["kalshi_operation"]``; a raw request (``client.get_httpx_client()``)
is recognised by method and path instead. Paths match with or without the
``/trade-api/v2`` prefix, with ``{param}``, ``:param`` or a trailing ``*rest``
placeholder, which is how ``GET /account/endpoint_costs`` writes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

import httpx

from ..environments import API_PATH
from .tiers import DEFAULT_COST, _positive

Kind = Literal["read", "write"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Operation:
    """An operation whose bucket or cost is not the default (a read costing 10)."""

    name: str
    method: str
    path: str
    kind: Kind = "read"
    cost: float = DEFAULT_COST
    #: For a batch, the body fields that may hold its list of items (each item is charged).
    items: tuple[str, ...] = ()


def _write(name: str, method: str, path: str, cost: float = DEFAULT_COST, items: tuple[str, ...] = ()) -> Operation:
    return Operation(name, method, path, "write", cost, items)


OPERATIONS: tuple[Operation, ...] = (
    # Orders as openapi.yaml has them, then the older calls the servers still accept.
    _write("CreateOrderV2", "POST", "/portfolio/events/orders"),
    _write("BatchCreateOrdersV2", "POST", "/portfolio/events/orders/batched", items=("orders",)),
    _write("AmendOrderV2", "POST", "/portfolio/events/orders/{order_id}/amend"),
    _write("DecreaseOrderV2", "POST", "/portfolio/events/orders/{order_id}/decrease"),
    _write("CancelOrderV2", "DELETE", "/portfolio/events/orders/{order_id}", 2),
    _write("CancelAllOrders", "DELETE", "/portfolio/events/orders", 2),
    _write("BatchCancelOrdersV2", "DELETE", "/portfolio/events/orders/batched", 2, items=("orders",)),
    _write("CreateOrder", "POST", "/portfolio/orders"),
    _write("BatchCreateOrders", "POST", "/portfolio/orders/batched", items=("orders",)),
    _write("AmendOrder", "POST", "/portfolio/orders/{order_id}/amend"),
    _write("DecreaseOrder", "POST", "/portfolio/orders/{order_id}/decrease"),
    _write("CancelOrder", "DELETE", "/portfolio/orders/{order_id}", 2),
    _write("BatchCancelOrders", "DELETE", "/portfolio/orders/batched", 2, items=("orders", "ids")),
    # Order groups (their reads stay reads).
    _write("CreateOrderGroup", "POST", "/portfolio/order_groups/create"),
    _write("DeleteOrderGroup", "DELETE", "/portfolio/order_groups/{order_group_id}"),
    _write("ResetOrderGroup", "PUT", "/portfolio/order_groups/{order_group_id}/reset"),
    _write("TriggerOrderGroup", "PUT", "/portfolio/order_groups/{order_group_id}/trigger"),
    _write("UpdateOrderGroupLimit", "PUT", "/portfolio/order_groups/{order_group_id}/limit"),
    # The RFQ quote flow: RFQs opened and withdrawn, quotes given, withdrawn, accepted, confirmed.
    _write("CreateRFQ", "POST", "/communications/rfqs"),
    _write("DeleteRFQ", "DELETE", "/communications/rfqs/{rfq_id}"),
    _write("CreateQuote", "POST", "/communications/quotes", 2),
    _write("DeleteQuote", "DELETE", "/communications/quotes/{quote_id}", 2),
    _write("AcceptQuote", "PUT", "/communications/quotes/{quote_id}/accept"),
    _write("ConfirmQuote", "PUT", "/communications/quotes/{quote_id}/confirm"),
    _write("DeleteRFQQuote", "DELETE", "/communications/rfqs/{rfq_id}/quotes/{quote_id}", 2),
    _write("AcceptRFQQuote", "PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept"),
    _write("ConfirmRFQQuote", "PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm"),
    # Reads that cost other than the default, and one that does not but whose path would
    # otherwise pass for GetOrder's (an order id of "queue_positions").
    Operation("GetOrder", "GET", "/portfolio/orders/{order_id}", cost=2),
    Operation("GetQuote", "GET", "/communications/quotes/{quote_id}", cost=2),
    Operation("GetRFQQuote", "GET", "/communications/rfqs/{rfq_id}/quotes/{quote_id}", cost=2),
    Operation(
        "LookupTickersForMarketInMultivariateEventCollection",
        "PUT",
        "/multivariate_event_collections/{collection_ticker}/lookup",
        cost=2,
    ),
    Operation("UpgradeAccountApiUsageLevel", "POST", "/account/api_usage_level/upgrade", cost=30),
    Operation("GetOrderQueuePositions", "GET", "/portfolio/orders/queue_positions"),
)


def segments(path: str) -> tuple[str, ...]:
    """The segments of a path after ``/trade-api/v2`` (or of the whole path without it)."""
    path = path.split("?", 1)[0]
    _, prefix, rest = path.partition(API_PATH)
    return tuple(part for part in (rest if prefix else path).split("/") if part)


def template_key(method: str, template: str) -> tuple[str, str]:
    """A method and template in one spelling, whatever the placeholders are called."""
    return method.upper(), "/".join("{}" if part[0] in ":{*" else part for part in segments(template))


class Route:
    """A method and path template; ``score`` says how well a request matches it."""

    __slots__ = ("_parts", "_rest", "method")

    def __init__(self, method: str, template: str) -> None:
        parts = segments(template)
        self.method = method.upper()
        self._rest = bool(parts) and parts[-1].startswith("*")
        self._parts = tuple(None if part[0] in ":{*" else part for part in parts[: len(parts) - self._rest])

    def score(self, method: str, parts: tuple[str, ...]) -> tuple[int, ...] | None:
        """None if it does not match; else higher for more literal segments, leftmost first."""
        wanted = len(self._parts)
        if method != self.method or len(parts) < wanted + self._rest or (len(parts) > wanted and not self._rest):
            return None
        scores = []
        for want, got in zip(self._parts, parts, strict=False):
            if want is not None and want != got:
                return None
            scores.append(1 if want is None else 2)
        return (*scores, 0) if self._rest else tuple(scores)


class RouteTable(Generic[T]):
    """Values found by method and path; the most specific template wins."""

    def __init__(self, entries: Iterable[tuple[Route, T]]) -> None:
        self._entries = tuple(entries)

    def find(self, method: str, parts: tuple[str, ...]) -> T | None:
        best: tuple[tuple[int, ...], T] | None = None
        for route, value in self._entries:
            score = route.score(method, parts)
            if score is not None and (best is None or score > best[0]):
                best = (score, value)
        return None if best is None else best[1]

    def __len__(self) -> int:
        return len(self._entries)


@dataclass(frozen=True, slots=True)
class ServerCosts:
    """The costs an account's ``GET /account/endpoint_costs`` gave: a default and exceptions."""

    default: float
    routes: RouteTable[float]
    by_template: dict[tuple[str, str], float]

    @classmethod
    def from_api(cls, body: Any) -> ServerCosts:
        """Parse the answer; ``TypeError`` or ``ValueError`` if it does not fit."""
        if not isinstance(body, dict) or not isinstance(body.get("endpoint_costs"), list):
            raise TypeError("the answer is not an object with an endpoint_costs list")
        default = body.get("default_cost")
        if not _positive(default):
            raise ValueError(f"default_cost {default!r} is not a positive number")
        entries: list[tuple[str, str, float]] = []
        for entry in body["endpoint_costs"]:
            cost = entry.get("cost") if isinstance(entry, dict) else None
            if not (_positive(cost) or cost == 0) or not all(isinstance(entry.get(k), str) for k in ("method", "path")):
                raise ValueError(f"endpoint cost {entry!r} needs a method, a path and a cost")
            entries.append((entry["method"], entry["path"], float(cost)))
        return cls(
            float(default),
            RouteTable((Route(method, path), cost) for method, path, cost in entries),
            {template_key(method, path): cost for method, path, cost in entries},
        )

    def cost(self, method: str, parts: tuple[str, ...], operation: Operation | None = None) -> float:
        """The cost of a request; for a known operation, of exactly its template, so that a
        literal path (``/portfolio/orders/queue_positions``) never takes the cost listed for
        a placeholder beside it (``/portfolio/orders/:order_id``)."""
        if operation is not None:
            return self.by_template.get(template_key(operation.method, operation.path), self.default)
        found = self.routes.find(method, parts)
        return self.default if found is None else found


_BY_NAME = {operation.name: operation for operation in OPERATIONS}
_BY_ROUTE = RouteTable((Route(operation.method, operation.path), operation) for operation in OPERATIONS)


@dataclass(frozen=True, slots=True)
class Charge:
    """What one request takes: from which bucket, how many tokens, and what it is (for messages)."""

    kind: Kind
    tokens: float
    what: str


def charge_for(request: httpx.Request, server: ServerCosts | None = None) -> Charge:
    """The bucket and cost of ``request``; ``server`` costs, when known, replace the table's."""
    method = request.method.upper()
    parts = segments(request.url.raw_path.decode("ascii", "replace"))
    name = request.extensions.get("kalshi_operation")
    operation = _BY_NAME.get(name) if isinstance(name, str) else _BY_ROUTE.find(method, parts)
    tokens = server.cost(method, parts, operation) if server else operation.cost if operation else DEFAULT_COST
    if operation is not None and operation.items:
        tokens *= _count_items(request, operation.items)
    what = name if isinstance(name, str) else operation.name if operation else f"{method} /{'/'.join(parts)}"
    return Charge(operation.kind if operation else "read", tokens, what)


def _count_items(request: httpx.Request, fields: tuple[str, ...]) -> int:
    """How many items a batch carries (1 when its body cannot be read)."""
    try:
        body = json.loads(request.content or b"null")
    except (httpx.RequestNotRead, ValueError):
        return 1
    for field in fields:
        items = body.get(field) if isinstance(body, dict) else None
        if isinstance(items, list):
            return max(1, len(items))
    return 1
