"""Success returns the documented model; anything else raises a typed KalshiError."""

from __future__ import annotations

import textwrap
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from mypy import api as mypy_api

import kalshi_auth
import kalshi_auth.errors
from kalshi_auth import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
    KalshiClient,
    KalshiConnectionError,
    KalshiError,
    KalshiResponseError,
    KalshiTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from kalshi_client.api.order_groups import create_order_group, get_order_group, get_order_groups, reset_order_group
from kalshi_client.models import CreateOrderGroupRequest, CreateOrderGroupResponse, GetOrderGroupResponse
from tests.conftest import KEY_ID
from tests.fake_exchange import Answer, FakeExchange

NESTED = {"error": {"code": "order_group_not_found", "message": "no such group", "details": "og-1", "service": "og"}}
FLAT = {"code": "order_group_not_found", "message": "no such group", "details": "og-1", "service": "og"}
BARE = {"msg": "no such group"}


@pytest.mark.parametrize("body", [NESTED, FLAT], ids=["nested", "flat"])
@pytest.mark.parametrize("status", [404, 418], ids=["documented", "undocumented"])
def test_structured_error_bodies_fill_error(
    client: KalshiClient, exchange: FakeExchange, body: dict[str, object], status: int
) -> None:
    exchange.answer(Answer(status, body, {"X-Request-Id": "r-1"}))

    with pytest.raises(KalshiAPIError) as raised:
        get_order_group.sync("og-1", client=client)

    error = raised.value
    assert error.status_code == status
    assert (error.error.code, error.error.message, error.error.details, error.error.service) == (
        "order_group_not_found",
        "no such group",
        "og-1",
        "og",
    )
    assert error.content == exchange.received[0].body or error.content.startswith(b"{")
    assert error.headers["X-Request-Id"] == "r-1"
    assert (error.method, error.path) == ("GET", "/trade-api/v2/portfolio/order_groups/og-1")
    assert str(error) == (
        f"HTTP {status} [order_group_not_found] no such group (GET /trade-api/v2/portfolio/order_groups/og-1)"
    )


@pytest.mark.parametrize("status", [401, 409])
def test_bare_msg_body(client: KalshiClient, exchange: FakeExchange, status: int) -> None:
    exchange.answer(Answer(status, BARE))

    with pytest.raises(KalshiAPIError) as raised:
        reset_order_group.sync("og-1", client=client)

    assert raised.value.error.message == "no such group"
    assert "no such group" in str(raised.value)


@pytest.mark.parametrize(
    ("content", "says"),
    [(b"<html><body>502 Bad Gateway</body></html>", "not JSON"), (b"", "an empty body"), (b"[1, 2]", "not an object")],
)
@pytest.mark.parametrize("status", [500, 502])
def test_bodies_that_are_not_json_objects_still_raise_with_content(
    client: KalshiClient, exchange: FakeExchange, content: bytes, says: str, status: int
) -> None:
    exchange.answer(Answer(status, content, {"Content-Type": "text/html"}))

    with pytest.raises(ServerError) as raised:
        get_order_groups.sync(client=client)

    assert raised.value.content == content
    assert isinstance(raised.value.error.message, str) and says in raised.value.error.message
    assert f"HTTP {status}" in str(raised.value)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (418, KalshiAPIError),
    ],
)
def test_status_picks_the_subclass(
    client: KalshiClient, exchange: FakeExchange, status: int, error_class: type[KalshiAPIError]
) -> None:
    exchange.answer(Answer(status, FLAT))

    with pytest.raises(error_class) as raised:
        get_order_groups.sync(client=client)

    assert type(raised.value) is error_class


def test_rate_limit_error_carries_retry_after(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(429, {"code": "too_many_requests"}, {"Retry-After": "7"}))

    with pytest.raises(RateLimitError) as raised:
        get_order_groups.sync(client=client)

    assert raised.value.retry_after == 7.0


def test_a_2xx_body_that_is_not_json_raises_response_error(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(200, b"<html>maintenance</html>"))

    with pytest.raises(KalshiResponseError, match="not valid JSON") as raised:
        get_order_group.sync("og-1", client=client)

    assert raised.value.content == b"<html>maintenance</html>"
    assert raised.value.status_code == 200


def test_a_2xx_body_that_does_not_fit_the_model_raises_response_error(
    client: KalshiClient, exchange: FakeExchange
) -> None:
    exchange.answer(Answer(200, {"is_auto_cancel_enabled": True}))  # "orders" is required

    with pytest.raises(KalshiResponseError, match="does not match the documented model") as raised:
        get_order_group.sync("og-1", client=client)

    assert b"is_auto_cancel_enabled" in raised.value.content


def test_success_returns_the_model(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(201, {"order_group_id": "og-9", "subaccount": 0}))

    created = create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=3))

    assert isinstance(created, CreateOrderGroupResponse)
    assert created.order_group_id == "og-9"


def test_detailed_gives_the_raw_response_without_raising(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(500, NESTED, {"X-Request-Id": "r-2"}))

    response = get_order_group.sync_detailed("og-1", client=client)

    assert response.status_code == 500
    assert response.headers["X-Request-Id"] == "r-2"
    assert b"no such group" in response.content
    assert response.parsed is None


def test_detailed_parses_a_success(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(200, {"is_auto_cancel_enabled": False, "orders": []}))

    response = get_order_group.sync_detailed("og-1", client=client)

    assert isinstance(response.parsed, GetOrderGroupResponse)


def test_timeout_raises_kalshi_timeout_error(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(200, {"order_groups": []}, delay=1.0))
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, timeout=0.2, max_retries=0)

    with pytest.raises(KalshiTimeoutError) as raised:
        get_order_groups.sync(client=client)

    assert isinstance(raised.value, httpx.TimeoutException)
    assert "GET http://127.0.0.1" in str(raised.value)


def test_unreachable_server_raises_kalshi_connection_error(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url="http://127.0.0.1:9/trade-api/v2", max_retries=0)

    with pytest.raises(KalshiConnectionError):
        get_order_groups.sync(client=client)


@pytest.mark.anyio
async def test_async_calls_raise_the_same_errors(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(404, NESTED))
    async with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, max_retries=0) as client:
        with pytest.raises(NotFoundError):
            await get_order_group.asyncio("og-1", client=client)
        exchange.answer(Answer(200, b"nope"))
        with pytest.raises(KalshiResponseError):
            await get_order_group.asyncio("og-1", client=client)


def test_every_exception_the_sdk_defines_is_exported_and_is_a_kalshi_error() -> None:
    exported = [getattr(kalshi_auth, name) for name in kalshi_auth.__all__]
    exceptions = {item for item in exported if isinstance(item, type) and issubclass(item, BaseException)}
    defined = {
        item for item in vars(kalshi_auth.errors).values() if isinstance(item, type) and issubclass(item, KalshiError)
    }
    assert exceptions == defined
    assert all(issubclass(exception, KalshiError) for exception in exceptions)


def test_mypy_sees_the_success_type_only(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from kalshi_auth import KalshiClient
            from kalshi_client.api.order_groups import create_order_group
            from kalshi_client.models import CreateOrderGroupRequest

            def make(client: KalshiClient) -> str:
                created = create_order_group.sync(client=client, body=CreateOrderGroupRequest())
                reveal_type(created)
                return created.order_group_id
            """
        )
    )
    stdout, stderr, status = mypy_api.run(["--strict", "--no-incremental", str(snippet)])

    assert 'Revealed type is "kalshi_client.models.create_order_group_response.CreateOrderGroupResponse"' in stdout
    assert status == 0 and "Success: no issues found" in stdout, stdout + stderr


def test_a_nonstandard_status_is_kept_not_a_crash(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(520, b"<html>origin error</html>"))

    assert get_order_groups.sync_detailed(client=client).status_code == 520
    with pytest.raises(ServerError) as raised:
        get_order_groups.sync(client=client)
    assert raised.value.status_code == 520


def test_a_401_says_what_to_check(client: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(401, {"error": {"code": "authentication_error", "message": "bad signature"}}))

    with pytest.raises(AuthenticationError, match="bad signature .*this machine's clock is right"):
        get_order_groups.sync(client=client)


def test_an_error_message_is_one_bounded_line_and_the_whole_body_is_kept(
    client: KalshiClient, exchange: FakeExchange
) -> None:
    told = "bad\r\nX-Forged: 1 " + "A" * 1_000_000
    nested: object = "deep"
    for _ in range(300):  # deeper than orjson writes back, not deeper than it reads
        nested = [nested]
    exchange.answer(Answer(400, {"error": {"code": "bad", "message": told, "details": nested}}))

    with pytest.raises(BadRequestError) as raised:
        reset_order_group.sync("og-1", client=client)

    shown = str(raised.value)
    assert "\n" not in shown and "\r" not in shown and len(shown) < 700
    assert raised.value.error.message == told  # nothing the server said is lost
    assert "nested too deeply" in str(raised.value.error.details)


def test_a_cookie_that_cannot_be_sent_back_does_not_break_the_client(
    client: KalshiClient, exchange: FakeExchange
) -> None:
    groups: dict[str, list[object]] = {"order_groups": []}
    exchange.answer(Answer(200, groups, {"Set-Cookie": "\u00ff=1"}), Answer(200, groups, {"Set-Cookie": "lb=a1"}))

    get_order_groups.sync(client=client)
    get_order_groups.sync(client=client)
    get_order_groups.sync(client=client)

    assert [request.headers.get("cookie") for request in exchange.received] == [None, None, "lb=a1"]


def test_a_401_to_a_client_without_a_key_says_the_operation_needs_one(exchange: FakeExchange) -> None:
    exchange.answer(Answer(401, {"error": {"code": "unauthorized", "message": "missing signature"}}))

    with KalshiClient.public(base_url=exchange.base_url) as public, pytest.raises(AuthenticationError) as raised:
        get_order_groups.sync(client=public)

    assert "was not signed" in str(raised.value) and "key file" not in str(raised.value)
