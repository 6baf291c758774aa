"""One send path for all four functions: the same answers give the same results everywhere.

Every generated operation calls ``kalshi_auth._runtime``; these tests script answers
through an in-process transport and check that ``sync``, ``asyncio``, ``sync_detailed``
and ``asyncio_detailed`` agree on each, that every request names its operation, and that
the URL the runtime builds is the one httpx would have built.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from kalshi_auth import (
    KalshiAPIError,
    KalshiConnectionError,
    KalshiError,
    KalshiResponseError,
    NotFoundError,
    ServerError,
    _runtime,
)
from kalshi_auth._status import retry_after_seconds
from kalshi_client import AuthenticatedClient
from kalshi_client.api.order_groups import create_order_group, get_order_group, reset_order_group
from kalshi_client.api.orders import cancel_all_orders
from kalshi_client.models import CreateOrderGroupRequest
from tests.contract.operations import Operation, operations

BASE = "https://exchange.test/trade-api/v2"
Handler = Callable[[httpx.Request], httpx.Response]


def client_for(handler: Handler) -> AuthenticatedClient:
    transport = httpx.MockTransport(handler)
    return (
        AuthenticatedClient(base_url=BASE)
        .set_httpx_client(httpx.Client(base_url=BASE, transport=transport))
        .set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=transport))
    )


@dataclass
class Outcome:
    """What one function did: its value (or the parsed part of a Response) or its error."""

    value: Any = None
    error: type[BaseException] | None = None
    status: int | None = None


def run_all_four(module: Any, client: AuthenticatedClient, *args: Any, **kwargs: Any) -> dict[str, Outcome]:
    def capture(call: Callable[[], Any]) -> Outcome:
        try:
            result = call()
        except KalshiError as exc:
            return Outcome(error=type(exc))
        if hasattr(result, "status_code") and hasattr(result, "parsed"):
            return Outcome(value=result.parsed, status=int(result.status_code))
        return Outcome(value=result)

    return {
        "sync": capture(lambda: module.sync(*args, client=client, **kwargs)),
        "asyncio": capture(lambda: asyncio.run(module.asyncio(*args, client=client, **kwargs))),
        "sync_detailed": capture(lambda: module.sync_detailed(*args, client=client, **kwargs)),
        "asyncio_detailed": capture(lambda: asyncio.run(module.asyncio_detailed(*args, client=client, **kwargs))),
    }


GROUP = {"is_auto_cancel_enabled": False, "orders": ["o-1"]}
ANSWERS: dict[str, tuple[int, bytes, str | None, type[KalshiError] | None]] = {
    "documented 200": (200, json.dumps(GROUP).encode(), "model", None),
    "undocumented 2xx": (203, json.dumps(GROUP).encode(), "model", None),
    "404": (404, b'{"code": "not_found", "message": "no group"}', None, NotFoundError),
    "520 (no HTTPStatus)": (520, b"<html>", None, ServerError),
    "418": (418, b'{"msg": "teapot"}', None, KalshiAPIError),
    "2xx not JSON": (200, b"<html>", "raises", KalshiResponseError),
    "2xx missing field": (200, b'{"orders": []}', "raises", KalshiResponseError),
    "2xx nested too deep": (200, b"[" * 100_000 + b"]" * 100_000, "raises", KalshiResponseError),
}


@pytest.mark.parametrize("name", ANSWERS)
def test_the_four_functions_agree_on_each_answer(name: str) -> None:
    status, content, parsed, error = ANSWERS[name]
    outcomes = run_all_four(
        get_order_group, client_for(lambda request: httpx.Response(status, content=content)), "og-1"
    )

    if parsed == "raises":  # a 2xx body that does not fit raises everywhere, *_detailed included
        assert {o.error for o in outcomes.values()} == {error}
        return
    assert outcomes["sync"] == outcomes["asyncio"]
    assert outcomes["sync_detailed"] == outcomes["asyncio_detailed"]
    assert outcomes["sync_detailed"].status == status  # *_detailed never raise for a status
    if parsed == "model":
        assert outcomes["sync"].value.orders == ["o-1"]
        assert outcomes["sync_detailed"].value == outcomes["sync"].value
    else:
        assert outcomes["sync"].error is error
        assert outcomes["sync_detailed"].value is None


def test_an_operation_documented_without_a_body_returns_none_for_any_2xx() -> None:
    for status, content in ((204, b""), (200, b'{"unexpected": true}')):

        def answer(request: httpx.Request, status: int = status, content: bytes = content) -> httpx.Response:
            return httpx.Response(status, content=content)

        outcomes = run_all_four(cancel_all_orders, client_for(answer))
        assert {o.value for o in outcomes.values()} == {None}
        assert {o.error for o in outcomes.values()} == {None}


def test_network_errors_are_typed_in_all_four() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    outcomes = run_all_four(get_order_group, client_for(refuse), "og-1")

    assert {o.error for o in outcomes.values()} == {KalshiConnectionError}


def test_a_status_outside_http_status_is_kept_as_an_int() -> None:
    response = get_order_group.sync_detailed("og-1", client=client_for(lambda request: httpx.Response(599)))

    assert response.status_code == 599 and type(response.status_code) is int


def test_errors_keep_the_raw_content() -> None:
    content = b'{"orders": [], "note": "no auto-cancel flag"}'

    with pytest.raises(KalshiResponseError) as raised:
        get_order_group.sync("og-1", client=client_for(lambda request: httpx.Response(200, content=content)))

    assert raised.value.content == content and raised.value.status_code == 200


@pytest.mark.parametrize("operation", operations(), ids=str)
def test_every_request_names_its_operation(operation: Operation) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(599)

    args, kwargs = operation.call_arguments()
    client = client_for(record)
    operation.module().sync_detailed(*args, client=client, **kwargs)
    asyncio.run(operation.module().asyncio_detailed(*args, client=client, **kwargs))

    assert [request.extensions.get("kalshi_operation") for request in sent] == [operation.operation_id] * 2


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 100, "cursor": "a b+c/d?e&f=g", "ticker": "KX-Ü €"},
        {"flag": True, "other": False, "ids": ["a", "b c"], "n": 1.5},
        {},
    ],
)
def test_the_runtime_builds_the_url_httpx_would(params: dict[str, Any]) -> None:
    sent: list[httpx.Request] = []
    client = client_for(lambda request: sent.append(request) or httpx.Response(204))  # type: ignore[func-returns-value]
    kwargs = {"method": "delete", "url": "/portfolio/orders", "params": dict(params)}

    _runtime.call_detailed(client, kwargs, cancel_all_orders._OPERATION)
    expected = httpx.Client(base_url=BASE).build_request("DELETE", "/portfolio/orders", params=params or None)

    assert str(sent[0].url) == str(expected.url)


def test_each_client_keeps_its_own_base_url() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"order_group_id": "og-2", "subaccount": 0})

    transport = httpx.MockTransport(record)
    ours = client_for(record)
    theirs = AuthenticatedClient(base_url=BASE).set_httpx_client(
        httpx.Client(base_url="https://other.test/v9", transport=transport)
    )

    for client in (ours, theirs, ours):
        reset_order_group.sync("og-1", client=client)
    create_order_group.sync(client=theirs, body=CreateOrderGroupRequest(contracts_limit=1))

    assert [str(request.url) for request in sent] == [
        f"{BASE}/portfolio/order_groups/og-1/reset",
        "https://other.test/v9/portfolio/order_groups/og-1/reset",
        f"{BASE}/portfolio/order_groups/og-1/reset",
        "https://other.test/v9/portfolio/order_groups/create",
    ]


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("7", 7.0), ("1.5", 1.5), ("0", 0.0), ("-3", None), ("inf", None), ("nan", None), ("soon", None), ("", None)],
)
def test_retry_after_is_read_as_seconds_or_none(header: str, seconds: float | None) -> None:
    assert retry_after_seconds(httpx.Headers({"Retry-After": header})) == seconds


def test_retry_after_as_an_http_date() -> None:
    later = email.utils.format_datetime(datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=90), True)
    past = "Wed, 21 Oct 2015 07:28:00 GMT"

    waited = retry_after_seconds(httpx.Headers({"Retry-After": later}))

    assert waited is not None and 80 < waited <= 90
    assert retry_after_seconds(httpx.Headers({"Retry-After": past})) == 0.0
