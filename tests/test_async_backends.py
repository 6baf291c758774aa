"""Async calls keep every property on both backends: aiohttp (the default) and httpx's own transport.

Every async test of the suite runs once per backend (``async_backend`` in tests/conftest.py).
These are the properties where the two could differ: what goes on the wire, how failures
become errors and retries, timeouts and deadlines, bodies, cookies, event loops, and where
aiohttp gives way to httpx's transport.
"""

from __future__ import annotations

import asyncio
import base64
import gc
import gzip
import json
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import aiohttp
import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import (
    KalshiClient,
    KalshiConfigError,
    KalshiConnectionError,
    KalshiResponseTooLargeError,
    KalshiTimeoutError,
    routes,
)
from kalshi_auth.aiohttp_transport import AiohttpBaseTransport, transport_error
from kalshi_auth.retries import NOT_SENT_ERRORS
from kalshi_auth.settings import KalshiSettings
from kalshi_auth.stack import USER_AGENT
from kalshi_client.api.order_groups import create_order_group, get_order_group, get_order_groups, reset_order_group
from kalshi_client.models import CreateOrderGroupRequest
from tests.conftest import KEY_ID
from tests.fake_exchange import Answer, FakeExchange, running_exchange
from tests.support import raw_server, unanswered_connect
from tests.test_signing import ODD_IDS

GROUPS: dict[str, list[object]] = {"order_groups": []}
GROUP = {"id": "og-1", "contracts_limit": 5, "is_auto_cancel_enabled": False}
MiB = 1024 * 1024


def client_on(base_url: str, rsa_key: rsa.RSAPrivateKey, **options: Any) -> KalshiClient:
    """A client with no retries unless asked (so each call is one request), on the backend of the test."""
    return KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=base_url, **{"max_retries": 0, **options})


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[type]:
    """The classes of the async base transports built, in order."""
    kinds: list[type] = []
    make = routes.new_async_transport

    def spy(**options: Any) -> httpx.AsyncBaseTransport:
        transport = make(**options)
        kinds.append(type(transport))
        return transport

    monkeypatch.setattr(routes, "new_async_transport", spy)
    return kinds


def test_aiohttp_is_the_default_async_backend() -> None:
    assert KalshiSettings(base_url="https://example.com/trade-api/v2").async_backend == "aiohttp"


def test_an_unknown_backend_is_a_config_error(rsa_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(ValueError, match="async_backend must be one of 'aiohttp', 'httpx'"):
        client_on("https://example.com/trade-api/v2", rsa_key, async_backend="curl")


@pytest.mark.anyio
async def test_calls_go_out_through_the_chosen_backend(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, async_backend: str, built: list[type]
) -> None:
    async with client_on(exchange.base_url, rsa_key) as client:
        await get_order_groups.asyncio(client=client)

    assert built == [AiohttpBaseTransport if async_backend == "aiohttp" else httpx.AsyncHTTPTransport]
    assert exchange.received[0].signature_valid


@pytest.mark.anyio
async def test_a_request_leaves_with_the_same_headers_on_either_backend(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    async with client_on(exchange.base_url, rsa_key) as client:
        await reset_order_group.asyncio("og-1", client=client)

    sent = exchange.received[0]
    assert sorted(sent.headers) == [
        "accept",
        "accept-encoding",
        "connection",
        "content-length",
        "content-type",
        "host",
        "kalshi-access-key",
        "kalshi-access-signature",
        "kalshi-access-timestamp",
        "user-agent",
    ]
    assert sent.headers["user-agent"] == USER_AGENT and sent.headers["accept-encoding"] == "gzip, deflate"
    assert sent.body == b"{}" and sent.signature_valid


@pytest.mark.anyio
async def test_every_attempt_is_signed_afresh(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    busy = Answer(503, {"code": "service_unavailable"}, {"Retry-After": "0"})
    exchange.answer(busy, busy, Answer(200, GROUPS))

    async with client_on(exchange.base_url, rsa_key, max_retries=2) as client:
        await get_order_groups.asyncio(client=client)

    assert len(exchange.received) == 3 and all(r.signature_valid for r in exchange.received)


@pytest.mark.anyio
async def test_a_get_whose_body_is_cut_off_is_retried(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(200, GROUPS, cut_after=5), Answer(200, GROUPS))

    async with client_on(exchange.base_url, rsa_key, max_retries=1) as client:
        await get_order_groups.asyncio(client=client)

    assert len(exchange.received) == 2


@pytest.mark.anyio
async def test_a_post_whose_answer_is_cut_off_is_never_sent_twice(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    exchange.answer(Answer(201, {"order_group_id": "og-1"}, cut_after=5))

    async with client_on(exchange.base_url, rsa_key, max_retries=2) as client:
        with pytest.raises(KalshiConnectionError) as raised:
            await create_order_group.asyncio(client=client, body=CreateOrderGroupRequest(contracts_limit=5))

    assert len(exchange.received) == 1
    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "answer",
    [b"", b"HTTP/1.1 twohundred OK\r\n\r\n", b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 200_000 + b"\r\n\r\n{}"],
    ids=["hang-up", "broken-status-line", "header-too-long"],
)
async def test_a_broken_answer_is_a_connection_error(rsa_key: rsa.RSAPrivateKey, answer: bytes) -> None:
    with raw_server(answer) as server:
        async with client_on(f"{server.root}/trade-api/v2", rsa_key, max_retries=1) as client:
            with pytest.raises(KalshiConnectionError) as raised:
                await get_order_groups.asyncio(client=client)

    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)
    assert len(server.received) == 2  # the call and its one retry: the backend retries nothing by itself


@pytest.mark.anyio
async def test_without_retries_a_hang_up_is_one_request(rsa_key: rsa.RSAPrivateKey) -> None:
    with raw_server(b"") as server:
        async with client_on(f"{server.root}/trade-api/v2", rsa_key, max_retries=0) as client:
            with pytest.raises(KalshiConnectionError):
                await reset_order_group.asyncio("og-1", client=client)

    assert len(server.received) == 1


@pytest.mark.anyio
async def test_a_refused_connection_is_a_connection_error(rsa_key: rsa.RSAPrivateKey) -> None:
    with raw_server(b"") as server:
        pass  # closed: nothing listens there any more
    async with client_on(f"{server.root}/trade-api/v2", rsa_key) as client:
        with pytest.raises(KalshiConnectionError) as raised:
            await get_order_groups.asyncio(client=client)

    assert isinstance(raised.value.__cause__, httpx.ConnectError)


@pytest.mark.anyio
async def test_a_connect_that_hangs_ends_with_the_deadline(rsa_key: rsa.RSAPrivateKey) -> None:
    with unanswered_connect() as root:
        async with client_on(f"{root}/trade-api/v2", rsa_key, deadline=0.5, timeout=60) as client:
            with pytest.raises(KalshiTimeoutError, match="0.5 s deadline"):
                await get_order_groups.asyncio(client=client)


@pytest.mark.anyio
async def test_a_connect_timeout_is_a_timeout_error_that_says_nothing_was_sent(rsa_key: rsa.RSAPrivateKey) -> None:
    with unanswered_connect() as root:
        timeout = httpx.Timeout(10, connect=0.3)
        async with client_on(f"{root}/trade-api/v2", rsa_key, deadline=None, timeout=timeout) as client:
            with pytest.raises(KalshiTimeoutError) as raised:
                await get_order_groups.asyncio(client=client)

    assert isinstance(raised.value.__cause__, httpx.ConnectTimeout)


@pytest.mark.anyio
async def test_a_slow_answer_is_a_read_timeout_not_the_deadline(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    exchange.answer(Answer(200, GROUPS, delay=2.0))
    timeout = httpx.Timeout(10, read=0.3)

    async with client_on(exchange.base_url, rsa_key, deadline=None, timeout=timeout) as client:
        with pytest.raises(KalshiTimeoutError) as raised:
            await get_order_groups.asyncio(client=client)

    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert "deadline" not in str(raised.value)


@pytest.mark.anyio
async def test_a_silent_server_ends_with_the_deadline(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(200, GROUPS, delay=3.0))

    async with client_on(exchange.base_url, rsa_key, deadline=0.5, timeout=60) as client:
        with pytest.raises(KalshiTimeoutError, match="0.5 s deadline while waiting for the answer"):
            await get_order_groups.asyncio(client=client)


@pytest.mark.anyio
async def test_a_gzip_body_over_the_limit_is_cut_not_inflated(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    bomb = gzip.compress(b" " * (16 * MiB))
    exchange.answer(Answer(200, bomb, {"Content-Encoding": "gzip"}))

    async with client_on(exchange.base_url, rsa_key, max_response_bytes=MiB) as client:
        with pytest.raises(KalshiResponseTooLargeError) as raised:
            await get_order_groups.asyncio(client=client)

    assert raised.value.limit == MiB and len(raised.value.content) <= 1024


@pytest.mark.anyio
async def test_a_gzip_body_is_decoded_once_by_the_client(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    body = json.dumps({"order_groups": [GROUP]}).encode()
    exchange.answer(Answer(200, gzip.compress(body), {"Content-Encoding": "gzip"}))

    async with client_on(exchange.base_url, rsa_key) as client:
        response = await get_order_groups.asyncio_detailed(client=client)

    assert response.content == body and "content-encoding" not in response.headers
    assert response.parsed is not None


@pytest.mark.anyio
async def test_a_declared_length_over_the_limit_is_refused(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(200, b"[" + b" " * (2 * MiB) + b"]"))

    async with client_on(exchange.base_url, rsa_key, max_response_bytes=MiB) as client:
        with pytest.raises(KalshiResponseTooLargeError):
            await get_order_groups.asyncio(client=client)


@pytest.mark.anyio
async def test_cookies_set_by_the_server_are_sent_back_once(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(200, GROUPS, {"Set-Cookie": "session=abc; Path=/"}), Answer(200, GROUPS))

    async with client_on(exchange.base_url, rsa_key) as client:
        await get_order_groups.asyncio(client=client)
        await get_order_groups.asyncio(client=client)

    assert "cookie" not in exchange.received[0].headers
    assert exchange.received[1].headers["cookie"] == "session=abc"


@pytest.mark.anyio
async def test_a_line_break_in_a_header_value_is_refused_before_sending(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    # Refused when the client is derived now: headers must be printable ASCII.
    with pytest.raises(KalshiConfigError, match="printable ASCII"):
        client_on(exchange.base_url, rsa_key).with_headers({"X-Note": "a\r\nX-Evil: 1"})

    assert exchange.received == []


@pytest.mark.anyio
async def test_a_proxy_with_credentials_gets_them(rsa_key: rsa.RSAPrivateKey) -> None:
    with running_exchange(rsa_key.public_key()) as proxy:
        port = proxy.root.rsplit(":", 1)[1]
        proxied = {"proxy": f"http://trader:s3cret@127.0.0.1:{port}"}
        async with client_on("http://exchange.invalid/trade-api/v2", rsa_key, httpx_args=proxied) as client:
            await get_order_groups.asyncio(client=client)

    sent = proxy.received[0]
    assert sent.proxied_to == "exchange.invalid" and sent.signature_valid
    assert sent.headers["proxy-authorization"] == "Basic " + base64.b64encode(b"trader:s3cret").decode()


@pytest.mark.anyio
async def test_a_redirect_within_the_origin_is_followed_and_signed_for_its_path(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    path = "/trade-api/v2/portfolio/order_groups"
    exchange.answer(
        Answer(307, b"", {"Location": f"{path}/og-2"}), Answer(200, {"is_auto_cancel_enabled": True, "orders": []})
    )

    async with client_on(exchange.base_url, rsa_key, follow_redirects=True) as client:
        await get_order_group.asyncio("og-1", client=client)

    first, second = exchange.received
    assert second.path == f"{path}/og-2" and first.signature_valid and second.signature_valid


class _Collected(logging.Handler):
    def __init__(self, found: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.found = found

    def emit(self, record: logging.LogRecord) -> None:
        self.found.append(record.getMessage())


@contextmanager
def reported_leaks() -> Iterator[list[str]]:
    """What asyncio logs and Python warns about meanwhile (unclosed sessions, connectors, sockets), after a GC."""
    found: list[str] = []
    collected = _Collected(found)
    logging.getLogger("asyncio").addHandler(collected)
    try:
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            yield found
            gc.collect()
        found.extend(str(warning.message) for warning in warned if issubclass(warning.category, ResourceWarning))
    finally:
        logging.getLogger("asyncio").removeHandler(collected)


def test_a_client_used_in_successive_loops_without_aclose_leaves_nothing_open(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, async_backend: str
) -> None:
    client = client_on(exchange.base_url, rsa_key)

    async def call(client: KalshiClient) -> None:
        await get_order_groups.asyncio(client=client)

    with reported_leaks() as leaks:
        for _ in range(3):
            asyncio.run(call(client))
        del client  # and with it, the connection pools of the three loops

    assert len(exchange.received) == 3
    assert leaks == []


def test_aclose_closes_the_connections_of_its_loop(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, async_backend: str
) -> None:
    client = client_on(exchange.base_url, rsa_key)

    async def session(client: KalshiClient) -> None:
        async with client:
            await get_order_groups.asyncio(client=client)
        await get_order_groups.asyncio(client=client)  # a closed client opens new connections
        await client.aclose()

    with reported_leaks() as leaks:
        asyncio.run(session(client))
        del client

    assert len(exchange.received) == 2
    assert leaks == []


def test_outside_an_asyncio_loop_httpx_serves(rsa_key: rsa.RSAPrivateKey, built: list[type]) -> None:
    """aiohttp needs asyncio's loop; a client made ready outside one (as under trio) gets httpx's transport."""
    client_on("https://example.com/trade-api/v2", rsa_key).get_async_httpx_client()

    assert built == [httpx.AsyncHTTPTransport]


@pytest.mark.parametrize(
    ("options", "served"),
    [
        ({}, True),
        ({"proxy": "http://proxy.internal:3128"}, True),
        ({"proxy": httpx.Proxy("http://proxy.internal:3128")}, True),
        ({"proxy": "https://proxy.internal:3128"}, False),
        ({"proxy": "socks5://proxy.internal:1080"}, False),
        ({"http2": True}, False),
        ({"http1": False, "http2": True}, False),
    ],
)
def test_what_aiohttp_cannot_do_is_left_to_httpx(options: dict[str, Any], served: bool) -> None:
    assert routes.aiohttp_serves(options) is served


def test_an_https_proxy_route_falls_back_to_httpx() -> None:
    assert isinstance(routes.new_async_transport(backend="aiohttp"), AiohttpBaseTransport)
    proxied = routes.new_async_transport(backend="aiohttp", proxy="https://proxy.internal:3128")
    assert isinstance(proxied, httpx.AsyncHTTPTransport)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("cut short"), httpx.RemoteProtocolError),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError),
        (aiohttp.ClientConnectionResetError("reset"), httpx.ReadError),
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
        (ConnectionResetError(104, "reset"), httpx.ReadError),
    ],
)
def test_aiohttp_errors_say_what_happened(failure: Exception, expected: type[httpx.TransportError]) -> None:
    """Only a failure to connect may say "nothing was sent": it is what lets a POST be retried."""
    request = httpx.Request("POST", "https://example.com/trade-api/v2/portfolio/orders")

    error = transport_error(failure, request)

    assert type(error) is expected and error.request is request
    assert isinstance(error, NOT_SENT_ERRORS) == (expected is httpx.ConnectTimeout)


@pytest.mark.anyio
@pytest.mark.parametrize("order_group_id", ODD_IDS)
async def test_odd_ids_leave_exactly_as_signed(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, order_group_id: str
) -> None:
    async with client_on(exchange.base_url, rsa_key) as client:
        await reset_order_group.asyncio(order_group_id, client=client, subaccount=2)

    received = exchange.received[0]
    assert received.query == "subaccount=2" and received.signature_valid


@pytest.mark.anyio
async def test_a_raw_path_leaves_exactly_as_written_and_signed(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    async with client_on(exchange.base_url, rsa_key) as client:
        await client.get_async_httpx_client().get("/portfolio/order_groups/[og]%7e%41?note=%7e[1]")

    received = exchange.received[0]
    assert received.target == "/trade-api/v2/portfolio/order_groups/[og]%7e%41?note=%7e[1]"
    assert received.signature_valid


@pytest.mark.anyio
async def test_headers_httpx_leaves_out_stay_out(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    async with client_on(exchange.base_url, rsa_key) as client:
        http = client.get_async_httpx_client()
        del http.headers["User-Agent"]
        await http.post("/portfolio/order_groups/create", content=b"{}")

    assert "user-agent" not in exchange.received[0].headers
    assert "content-type" not in exchange.received[0].headers
    assert exchange.received[0].signature_valid
