"""What each request costs, and which bucket it draws on."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from kalshi_auth.rate_limit import OPERATIONS, RateLimit, ServerCosts, charge_for
from tests.contract.operations import operations

RECORDED = Path(__file__).resolve().parents[1].parent / "shared" / "recorded"
#: Calls the servers still take that openapi.yaml no longer describes.
OLDER = {
    "CreateOrder",
    "BatchCreateOrders",
    "AmendOrder",
    "DecreaseOrder",
    "CancelOrder",
    "BatchCancelOrders",
    "LookupTickersForMarketInMultivariateEventCollection",
}


def request(method: str, path: str, body: Any = None, operation: str | None = None) -> httpx.Request:
    extensions = {"kalshi_operation": operation} if operation else {}
    return httpx.Request(method, f"https://exchange.test/trade-api/v2{path}", json=body, extensions=extensions)


CASES: list[tuple[str, str, str, Any, str, float]] = [
    ("GetMarkets", "GET", "/markets", None, "read", 10),
    ("GetOrder", "GET", "/portfolio/orders/ord-1", None, "read", 2),
    ("GetOrderQueuePositions", "GET", "/portfolio/orders/queue_positions", None, "read", 10),
    ("CreateOrderV2", "POST", "/portfolio/events/orders", {}, "write", 10),
    ("AmendOrderV2", "POST", "/portfolio/events/orders/ord-1/amend", {}, "write", 10),
    ("CancelOrderV2", "DELETE", "/portfolio/events/orders/ord-1", None, "write", 2),
    ("CancelAllOrders", "DELETE", "/portfolio/events/orders", None, "write", 2),
    ("BatchCreateOrdersV2", "POST", "/portfolio/events/orders/batched", {"orders": [{}] * 5}, "write", 50),
    ("BatchCancelOrdersV2", "DELETE", "/portfolio/events/orders/batched", {"orders": [{}] * 7}, "write", 14),
    ("BatchCancelOrders", "DELETE", "/portfolio/orders/batched", {"ids": ["a", "b", "c"]}, "write", 6),
    ("CreateOrderGroup", "POST", "/portfolio/order_groups/create", {}, "write", 10),
    ("GetOrderGroups", "GET", "/portfolio/order_groups", None, "read", 10),
    ("CreateQuote", "POST", "/communications/quotes", {}, "write", 2),
    ("AcceptQuote", "PUT", "/communications/quotes/q-1/accept", {}, "write", 10),
    ("GetQuote", "GET", "/communications/quotes/q-1", None, "read", 2),
    ("DeleteRFQQuote", "DELETE", "/communications/rfqs/r-1/quotes/q-1", None, "write", 2),
    ("ApplySubaccountTransfer", "POST", "/portfolio/subaccounts/transfer", {}, "read", 10),
    ("CreateApiKey", "POST", "/api_keys", {}, "read", 10),
    ("UpgradeAccountApiUsageLevel", "POST", "/account/api_usage_level/upgrade", {}, "read", 30),
]


@pytest.mark.parametrize(("operation", "method", "path", "body", "kind", "tokens"), CASES, ids=[c[0] for c in CASES])
def test_each_call_costs_what_kalshi_documents(
    operation: str, method: str, path: str, body: Any, kind: str, tokens: float
) -> None:
    by_name = charge_for(request(method, path, body, operation))
    by_path = charge_for(request(method, path, body))  # a raw request, client.get_httpx_client()

    assert (by_name.kind, by_name.tokens) == (kind, tokens) == (by_path.kind, by_path.tokens)


def test_the_table_follows_openapi_yaml() -> None:
    described = {operation.operation_id: operation for operation in operations()}
    for operation in OPERATIONS:
        if operation.name in OLDER:
            assert operation.name not in described
        else:
            assert (described[operation.name].method.upper(), described[operation.name].path) == (
                operation.method,
                operation.path,
            ), operation.name


#: An answer of GET /account/endpoint_costs, written as the servers write them (prefix,
#: ``:param``, a ``*rest`` wildcard), with a few of our own spellings mixed in.
COSTS: dict[str, Any] = {
    "default_cost": 10,
    "endpoint_costs": [
        {"method": "GET", "path": "/trade-api/v2/portfolio/orders/:order_id", "cost": 2},
        {"method": "DELETE", "path": "/trade-api/v2/portfolio/events/orders/:order_id", "cost": 3},
        {"method": "DELETE", "path": "/trade-api/v2/portfolio/events/orders/batched", "cost": 3},
        {"method": "GET", "path": "/trade-api/v2/cfbenchmarks/*endpoint", "cost": 50},
        {"method": "POST", "path": "/portfolio/events/orders", "cost": 20},
        {"method": "GET", "path": "/markets/{ticker}", "cost": 5},
    ],
}


@pytest.mark.parametrize(
    ("method", "path", "body", "tokens"),
    [
        ("GET", "/portfolio/orders/ord-1", None, 2),
        ("GET", "/portfolio/orders/queue_positions", None, 10),  # not GetOrder's 2
        ("DELETE", "/portfolio/events/orders/ord-1", None, 3),
        ("DELETE", "/portfolio/events/orders/batched", {"orders": [{}] * 7}, 21),
        ("DELETE", "/portfolio/events/orders", None, 10),  # not listed: the default, not the table's 2
        ("POST", "/portfolio/events/orders", {}, 20),
        ("GET", "/markets/KX-1", None, 5),
        ("GET", "/markets", None, 10),
        ("GET", "/cfbenchmarks/index/BRTI", None, 50),
    ],
)
def test_the_accounts_own_costs_replace_the_table(method: str, path: str, body: Any, tokens: float) -> None:
    costs = ServerCosts.from_api(COSTS)

    assert charge_for(request(method, path, body), costs).tokens == tokens


@pytest.mark.parametrize("with_costs", [False, True])
def test_a_raw_request_costs_what_the_same_call_by_name_costs(with_costs: bool) -> None:
    costs = ServerCosts.from_api(COSTS) if with_costs else None
    for operation in operations():
        path = re.sub(r"\{[^}]+\}", "id-1", operation.path)
        body: Any = {"orders": [{}, {}]} if operation.json_body_schema() else None
        by_name = charge_for(request(operation.method.upper(), path, body, operation.operation_id), costs)
        by_path = charge_for(request(operation.method.upper(), path, body), costs)
        assert (by_name.kind, by_name.tokens) == (by_path.kind, by_path.tokens), operation.operation_id


@pytest.mark.parametrize(
    "body",
    [  # a list, a string for the list, a negative default, an entry without a path, another answer
        [],
        {"default_cost": 10, "endpoint_costs": "none"},
        {"default_cost": -1, "endpoint_costs": []},
        {"default_cost": 10, "endpoint_costs": [{"method": "GET", "cost": 2}]},
        {"read_limit": 20, "write_limit": 10},
    ],
)
def test_an_answer_that_does_not_fit_is_refused(body: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        ServerCosts.from_api(body)


def recorded(operation: str) -> list[Any]:
    if not RECORDED.is_dir():
        pytest.skip(f"{RECORDED} is absent (third-party recordings, present in CI)")
    return [json.loads(path.read_text())["body"] for path in sorted(RECORDED.glob(f"*__{operation}__200__*.json"))]


def test_recorded_endpoint_costs_answers_parse() -> None:
    answers = recorded("GetAccountEndpointCosts")

    assert answers
    for answer in answers:
        costs = ServerCosts.from_api(answer)
        assert charge_for(request("GET", "/portfolio/orders/ord-1"), costs).tokens == 2
        assert charge_for(request("GET", "/markets"), costs).tokens == 10
        assert charge_for(request("POST", "/account/api_usage_level/upgrade"), costs).tokens == 30


def test_recorded_account_limits_answers_parse() -> None:
    answers = recorded("GetAccountApiLimits")

    assert answers
    for answer in answers:
        limit = RateLimit.from_api(answer)
        assert limit.usage_tier == "basic" and (limit.read.refill_rate, limit.write.refill_rate) == (200, 100)
