"""Which failures are retried, how often, and that each attempt is signed afresh."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient, KalshiConnectionError, KalshiTimeoutError, ServerError
from kalshi_auth import retries as retry_settings
from kalshi_client.api.order_groups import create_order_group, delete_order_group, get_order_groups, reset_order_group
from kalshi_client.models import CreateOrderGroupRequest
from tests.conftest import KEY_ID, ScriptedClient
from tests.fake_exchange import Answer, FakeExchange
from tests.support import Script, is_signed

UNAVAILABLE = Answer(503, {"code": "service_unavailable"})
GROUPS = Answer(200, {"order_groups": []})


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep backoff sleeps short; Retry-After is still honoured as sent."""
    monkeypatch.setattr(retry_settings, "BACKOFF_FACTOR", 0.01)


@pytest.fixture
def retrying(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> Iterator[KalshiClient]:
    """A client with the default retry settings."""
    with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url) as client:
        yield client


def test_429_with_retry_after_then_200_succeeds_signed_afresh(retrying: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(429, {"code": "too_many_requests"}, {"Retry-After": "1"}), GROUPS)

    get_order_groups.sync(client=retrying)

    first, second = exchange.received
    assert first.signature_valid and second.signature_valid
    assert second.timestamp - first.timestamp >= 1000
    assert first.headers["kalshi-access-signature"] != second.headers["kalshi-access-signature"]


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retryable_statuses_on_put_and_delete(retrying: KalshiClient, exchange: FakeExchange, status: int) -> None:
    exchange.answer(Answer(status, {}), Answer(200, {}))
    reset_order_group.sync("og-1", client=retrying)
    exchange.answer(Answer(status, {}), Answer(200, {}))
    delete_order_group.sync("og-1", client=retrying)

    assert [r.method for r in exchange.received] == ["PUT", "PUT", "DELETE", "DELETE"]
    assert all(r.signature_valid for r in exchange.received)


def test_get_gives_up_after_max_retries(retrying: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(UNAVAILABLE)

    with pytest.raises(ServerError) as raised:
        get_order_groups.sync(client=retrying)

    assert raised.value.status_code == 503
    assert len(exchange.received) == 3
    assert len({r.timestamp for r in exchange.received}) >= 2


def test_post_answered_503_is_sent_exactly_once(retrying: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(UNAVAILABLE)

    with pytest.raises(ServerError):
        create_order_group.sync(client=retrying, body=CreateOrderGroupRequest(contracts_limit=1))

    assert [r.method for r in exchange.received] == ["POST"]


def test_post_read_timeout_is_not_retried(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(201, {"order_group_id": "og", "subaccount": 0}, delay=1.0))
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, timeout=0.2)

    with pytest.raises(KalshiTimeoutError):
        create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=1))

    assert len(exchange.received) == 1


def test_post_that_never_left_is_retried(scripted: ScriptedClient, script: Script, rsa_key: rsa.RSAPrivateKey) -> None:
    refused = httpx.ConnectError("connection refused")
    script.then(refused, refused, httpx.Response(201, json={"order_group_id": "og", "subaccount": 0}))

    created = create_order_group.sync(client=scripted(max_retries=2), body=CreateOrderGroupRequest(contracts_limit=1))

    assert created.order_group_id == "og"
    assert len(script.sent) == 3 and all(is_signed(sent, rsa_key) for sent in script.sent)


def test_connection_errors_end_as_kalshi_connection_error(scripted: ScriptedClient, script: Script) -> None:
    script.then(httpx.ConnectError("connection refused"))

    with pytest.raises(KalshiConnectionError):
        get_order_groups.sync(client=scripted(max_retries=2))

    assert len(script.sent) == 3


CUT = Answer(200, {"order_groups": [{"id": "og-1"}] * 50}, cut_after=20)


@pytest.mark.parametrize("call", ["GET", "PUT", "DELETE"])
def test_an_idempotent_call_whose_body_is_cut_is_retried(
    retrying: KalshiClient, exchange: FakeExchange, call: str
) -> None:
    exchange.answer(CUT, Answer(200, {"order_groups": []}))

    if call == "GET":
        get_order_groups.sync(client=retrying)
    elif call == "PUT":
        reset_order_group.sync("og-1", client=retrying)
    else:
        delete_order_group.sync("og-1", client=retrying)

    assert [r.method for r in exchange.received] == [call, call]
    assert all(r.signature_valid for r in exchange.received)


def test_a_post_whose_body_is_cut_is_not_retried(retrying: KalshiClient, exchange: FakeExchange) -> None:
    exchange.answer(Answer(201, {"order_group_id": "og", "subaccount": 0}, cut_after=5))

    with pytest.raises(KalshiConnectionError, match="RemoteProtocolError|ReadError"):
        create_order_group.sync(client=retrying, body=CreateOrderGroupRequest(contracts_limit=1))

    assert [r.method for r in exchange.received] == ["POST"]


@pytest.mark.anyio
async def test_async_calls_whose_body_is_cut_are_retried(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(CUT, Answer(200, {"order_groups": []}))

    async with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url) as client:
        await get_order_groups.asyncio(client=client)

    assert len(exchange.received) == 2


def test_max_retries_zero_disables_retries(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(UNAVAILABLE)
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, max_retries=0)

    with pytest.raises(ServerError):
        get_order_groups.sync(client=client)

    assert len(exchange.received) == 1


@pytest.mark.anyio
async def test_async_retries_too(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(502, {}), GROUPS)
    async with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url) as client:
        await get_order_groups.asyncio(client=client)

    assert len(exchange.received) == 2
    assert all(r.signature_valid for r in exchange.received)


def test_backoff_is_jittered_and_capped() -> None:
    layer = retry_settings.RetryTransport(httpx.MockTransport(lambda r: httpx.Response(200)), 5)
    waits = [layer.backoff(retry) for retry in range(12) for _ in range(20)]

    assert max(waits) <= retry_settings.MAX_BACKOFF_SECONDS
    assert min(waits) < max(waits)


def test_the_backoff_stays_capped_however_many_retries_are_allowed() -> None:
    layer = retry_settings.RetryTransport(httpx.MockTransport(lambda request: httpx.Response(200)), max_retries=5000)

    assert all(0 <= layer.backoff(retry) <= layer.max_backoff for retry in (0, 10, 1024, 4999))
