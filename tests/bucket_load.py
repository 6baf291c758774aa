"""64 callers at once against the bucket exchange: the load the rate-limit tests and bench run.

The exchange prices requests from ``PRICES`` below, written from Kalshi's rate-limit rules
rather than from the SDK's table, and enforces the Basic tier's buckets. Three callers in
four read (markets, an order, the balance, queue positions, a subaccount transfer: a POST
that is a read); the others write (orders, cancels, batches of 5 orders and of 10
cancels, order-group resets), so both buckets stay busy. Each caller keeps calling for
``SECONDS``; what is queued by then still goes out.

Budget used, per bucket, is the tokens the exchange let through over what its bucket
could have given between the first and the last request it saw:
``spent / (capacity + refill_rate x seconds)``.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_auth import TIERS, KalshiClient
from kalshi_client.api.market import get_markets
from kalshi_client.api.order_groups import reset_order_group
from kalshi_client.api.orders import (
    batch_cancel_orders_v2,
    batch_create_orders_v2,
    cancel_order_v2,
    create_order_v2,
    get_order,
    get_order_queue_positions,
)
from kalshi_client.api.portfolio import apply_subaccount_transfer, get_balance
from kalshi_client.models import (
    ApplySubaccountTransferRequest,
    BatchCancelOrdersV2Request,
    BatchCancelOrdersV2RequestOrdersItem,
    BatchCreateOrdersV2Request,
)
from tests.bucket_exchange import RunningExchange, running_bucket_exchange
from tests.conftest import KEY_ID
from tests.rate_limit_helpers import ORDER, smallest_answer

CALLERS = 64
SECONDS = 1.5

#: The exchange's price list: operation, method, path, bucket, tokens (per item for a batch).
PRICES: list[tuple[str, str, str, str, float, str | None]] = [
    ("GetMarkets", "GET", "/markets", "read", 10, None),
    ("GetOrder", "GET", "/portfolio/orders/{}", "read", 2, None),
    ("GetOrderQueuePositions", "GET", "/portfolio/orders/queue_positions", "read", 10, None),
    ("GetBalance", "GET", "/portfolio/balance", "read", 10, None),
    ("ApplySubaccountTransfer", "POST", "/portfolio/subaccounts/transfer", "read", 10, None),
    ("GetAccountApiLimits", "GET", "/account/limits", "read", 10, None),
    ("GetAccountEndpointCosts", "GET", "/account/endpoint_costs", "read", 10, None),
    ("CreateOrderV2", "POST", "/portfolio/events/orders", "write", 10, None),
    ("CancelOrderV2", "DELETE", "/portfolio/events/orders/{}", "write", 2, None),
    ("BatchCreateOrdersV2", "POST", "/portfolio/events/orders/batched", "write", 10, "orders"),
    ("BatchCancelOrdersV2", "DELETE", "/portfolio/events/orders/batched", "write", 2, "orders"),
    ("ResetOrderGroup", "PUT", "/portfolio/order_groups/{}/reset", "write", 10, None),
]

Call = tuple[ModuleType, tuple[Any, ...], dict[str, Any]]
TRANSFER = ApplySubaccountTransferRequest(
    client_transfer_id=uuid.UUID(int=1), from_subaccount=0, to_subaccount=1, amount_cents=1
)
CANCEL_TEN = BatchCancelOrdersV2Request(
    orders=[BatchCancelOrdersV2RequestOrdersItem(order_id=f"o-{n}") for n in range(10)]
)
READS: list[Call] = [
    (get_markets, (), {}),
    (get_order, ("ord-1",), {}),
    (get_balance, (), {}),
    (get_order_queue_positions, (), {}),
    (apply_subaccount_transfer, (), {"body": TRANSFER}),
]
WRITES: list[Call] = [
    (create_order_v2, (), {"body": ORDER}),
    (cancel_order_v2, ("ord-1",), {}),
    (batch_create_orders_v2, (), {"body": BatchCreateOrdersV2Request(orders=[ORDER] * 5)}),
    (reset_order_group, ("og-1",), {}),
    (batch_cancel_orders_v2, (), {"body": CANCEL_TEN}),
]


def routes() -> list[dict[str, Any]]:
    """The price list, each route with its answer: the smallest body the spec allows."""
    basic = TIERS["basic"]
    limits = {"usage_tier": "basic", "grants": []} | {
        kind: {"refill_rate": budget.refill_rate, "bucket_capacity": budget.bucket_capacity}
        for kind, budget in (("read", basic.read), ("write", basic.write))
    }
    costs = {
        "default_cost": 10,
        "endpoint_costs": [  # written as the servers write them: prefix, ":param"
            {"method": method, "path": "/trade-api/v2" + path.replace("{}", ":id"), "cost": cost}
            for _, method, path, _, cost, _ in PRICES
            if cost != 10
        ],
    }
    found = []
    for operation_id, method, path, kind, cost, items in PRICES:
        status, body = smallest_answer(operation_id)
        body = {"GetAccountApiLimits": limits, "GetAccountEndpointCosts": costs}.get(operation_id, body)
        found.append({"method": method, "path": path, "kind": kind, "cost": cost, "items": items})
        found[-1] |= {"status": status, "body": body if body is not None else {}}
    return found


@contextmanager
def basic_exchange(key: ed25519.Ed25519PrivateKey) -> Iterator[RunningExchange]:
    """The bucket exchange with the Basic tier's buckets, checking signatures by ``key``."""
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    basic = TIERS["basic"]
    read, write = (
        (basic.read.refill_rate, basic.read.bucket_capacity),
        (basic.write.refill_rate, basic.write.bucket_capacity),
    )
    with running_bucket_exchange(pem.decode(), read, write, routes()) as exchange:
        yield exchange


def client_for(
    exchange: RunningExchange, key: ed25519.Ed25519PrivateKey, rate_limit: str | None = "basic"
) -> KalshiClient:
    # The connection pools are made here, not by 64 threads at once on their first call
    # (that race, issue 13, costs a second of CPU and is not what is measured here), and
    # keep a connection per caller alive (httpx keeps 20 by default).
    limits = httpx.Limits(max_connections=CALLERS, max_keepalive_connections=CALLERS)
    return KalshiClient(
        key_id=KEY_ID,
        private_key=key,
        base_url=exchange.base_url,
        rate_limit=rate_limit,
        max_retries=0,  # every 429 shows: none is hidden by a retry
        httpx_args={"transport": httpx.HTTPTransport(limits=limits)},
        async_httpx_args={"transport": httpx.AsyncHTTPTransport(limits=limits)},
    )


def _calls(index: int) -> list[Call]:
    return WRITES if index % 4 == 0 else READS


def run_threads(client: KalshiClient, callers: int = CALLERS) -> list[int]:
    """``callers`` threads released together; the statuses they got."""
    statuses: list[int] = []
    ends: list[float] = []
    barrier = threading.Barrier(callers, action=lambda: ends.append(time.monotonic() + SECONDS))

    def caller(index: int) -> None:
        calls, turn = _calls(index), index
        barrier.wait()  # released together: the hardest start for the buckets
        while time.monotonic() < ends[0]:
            module, args, kwargs = calls[turn % len(calls)]
            statuses.append(module.sync_detailed(*args, client=client, **kwargs).status_code)
            turn += 1

    threads = [threading.Thread(target=caller, args=(index,)) for index in range(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


async def run_tasks(client: KalshiClient, callers: int = CALLERS) -> list[int]:
    """``callers`` tasks started together; the statuses they got."""
    statuses: list[int] = []
    end = time.monotonic() + SECONDS

    async def caller(index: int) -> None:
        calls, turn = _calls(index), index
        while time.monotonic() < end:
            module, args, kwargs = calls[turn % len(calls)]
            statuses.append((await module.asyncio_detailed(*args, client=client, **kwargs)).status_code)
            turn += 1

    await asyncio.gather(*(caller(index) for index in range(callers)))
    return statuses


@dataclass(frozen=True)
class Bucket:
    """What the exchange saw of one bucket."""

    requests: int
    tokens: float
    seconds: float
    refused: int
    used: float  # budget used: tokens / (capacity + rate x seconds)


def figures(exchange: RunningExchange) -> dict[str, Bucket]:
    found = {}
    for kind, bucket in exchange.stats()["buckets"].items():
        budget = bucket["capacity"] + bucket["rate"] * bucket["seconds"]
        found[kind] = Bucket(
            bucket["allowed"], bucket["spent"], bucket["seconds"], bucket["refused"], bucket["spent"] / budget
        )
    return found


def describe(label: str, buckets: dict[str, Bucket], statuses: list[int]) -> str:
    lines = [
        f"{label} {kind}: {b.requests} requests, {b.tokens:g} tokens in {b.seconds:.2f} s, "
        f"429s {b.refused}, budget used {b.used:.1%}"
        for kind, b in buckets.items()
    ]
    return "\n".join(
        [*lines, f"{label}: {len(statuses)} calls by {CALLERS} callers, statuses {sorted({int(s) for s in statuses})}"]
    )
