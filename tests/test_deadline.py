"""One budget per call: a dripping body, a long Retry-After or a slow retry ends the call on time.

No test measures time: each checks which error ends the call, and that the client did
not sleep where it should not (sleeps are recorded, not waited).
"""

from __future__ import annotations

import email.utils
import random
import time

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient, KalshiTimeoutError, RateLimitError, ServerError
from kalshi_auth import retries as retry_layer
from kalshi_client.api.order_groups import get_order_groups
from tests.conftest import KEY_ID, ScriptedClient
from tests.fake_exchange import Answer, FakeExchange
from tests.support import Script

GROUPS: dict[str, list[object]] = {"order_groups": []}
FAR_FUTURE = "Fri, 31 Dec 9999 23:59:59 GMT"


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry layer's sleeps, recorded instead of slept."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    return slept


def dripping(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, deadline: float) -> KalshiClient:
    # A body of 200 bytes, one every 0.1 s: 20 s in all, each read well within httpx's timeout.
    exchange.answer(Answer(200, b"[" + b" " * 198 + b"]", drip=0.1))
    return KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, deadline=deadline)


def test_a_dripping_body_ends_with_the_deadline(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    with dripping(exchange, rsa_key, deadline=1.0) as client, pytest.raises(KalshiTimeoutError) as raised:
        get_order_groups.sync(client=client)

    assert "1 s deadline while reading the body" in str(raised.value)
    assert len(exchange.received) == 1  # a spent deadline is not retried


@pytest.mark.anyio
async def test_a_dripping_body_ends_with_the_deadline_async(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    async with dripping(exchange, rsa_key, deadline=1.0) as client:
        with pytest.raises(KalshiTimeoutError, match="deadline while reading the body"):
            await get_order_groups.asyncio(client=client)


def dripping_headers(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> KalshiClient:
    # About 150 bytes of status line and headers, one every 0.1 s: each read well within
    # the 60 s timeout, the whole answer 15 s; the body comes at once after them.
    exchange.answer(Answer(200, GROUPS, headers={"X-Padding": "x" * 40}, drip_headers=0.1))
    return KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, deadline=1.0, timeout=60)


def test_headers_dripped_a_byte_at_a_time_end_with_the_deadline(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    with dripping_headers(exchange, rsa_key) as client, pytest.raises(KalshiTimeoutError) as raised:
        get_order_groups.sync(client=client)

    assert "1 s deadline while waiting for the answer" in str(raised.value)
    assert len(exchange.received) == 1


@pytest.mark.anyio
async def test_headers_dripped_a_byte_at_a_time_end_with_the_deadline_async(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    async with dripping_headers(exchange, rsa_key) as client:
        with pytest.raises(KalshiTimeoutError, match="1 s deadline while waiting for the answer"):
            await get_order_groups.asyncio(client=client)


def test_a_silent_server_ends_with_the_deadline_not_the_longer_timeout(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    exchange.answer(Answer(200, GROUPS, delay=3.0))
    client = KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, deadline=0.5, timeout=60)

    with pytest.raises(KalshiTimeoutError, match="0.5 s deadline while waiting for the answer"):
        get_order_groups.sync(client=client)


@pytest.mark.parametrize(
    "retry_after", ["99999", "9" * 400, FAR_FUTURE, "31"], ids=["huge", "absurd", "far-date", "over-the-cap"]
)
def test_a_retry_after_longer_than_allowed_raises_at_once(
    scripted: ScriptedClient, script: Script, sleeps: list[float], retry_after: str
) -> None:
    script.then(httpx.Response(429, headers={"Retry-After": retry_after}, json={"code": "too_many_requests"}))

    with pytest.raises(RateLimitError) as raised:
        get_order_groups.sync(client=scripted(max_retries=2))

    assert raised.value.retry_after is not None and raised.value.retry_after > 30
    assert sleeps == [] and len(script.sent) == 1


def test_a_retry_after_longer_than_the_deadline_left_raises_at_once(
    scripted: ScriptedClient, script: Script, sleeps: list[float]
) -> None:
    script.then(httpx.Response(503, headers={"Retry-After": "5"}))

    with pytest.raises(ServerError) as raised:
        get_order_groups.sync(client=scripted(max_retries=2, deadline=2))

    assert raised.value.retry_after == 5
    assert sleeps == [] and len(script.sent) == 1


@pytest.mark.parametrize(
    "retry_after",
    ["-5", "soon", "1.5", "", "0", "Wed, 21 Oct 2015 07:28:00 GMT", "nan", "inf", "Sat, 01 Jan 10000 00:00:00 GMT"],
)
def test_any_retry_after_is_handled(
    scripted: ScriptedClient, script: Script, sleeps: list[float], retry_after: str
) -> None:
    script.then(httpx.Response(429, headers={"Retry-After": retry_after}), httpx.Response(200, json=GROUPS))

    get_order_groups.sync(client=scripted(max_retries=1))

    assert len(script.sent) == 2
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= retry_layer.MAX_BACKOFF_SECONDS


def test_a_retry_after_date_is_honoured(scripted: ScriptedClient, script: Script, sleeps: list[float]) -> None:
    soon = email.utils.formatdate(time.time() + 20, usegmt=True)
    script.then(httpx.Response(503, headers={"Retry-After": soon}), httpx.Response(200, json=GROUPS))

    get_order_groups.sync(client=scripted(max_retries=1))

    assert len(sleeps) == 1 and 15 < sleeps[0] <= 20


def test_backoff_never_sleeps_past_the_deadline(
    scripted: ScriptedClient, script: Script, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retry_layer, "BACKOFF_FACTOR", 1000.0)  # every backoff draws up to 30 s
    monkeypatch.setattr(random, "uniform", lambda low, high: high)
    script.then(httpx.Response(502))

    with pytest.raises(ServerError):
        get_order_groups.sync(client=scripted(max_retries=5, deadline=10))

    assert sleeps == [] and len(script.sent) == 1


def test_deadline_none_turns_it_off_and_the_default_is_documented(scripted: ScriptedClient) -> None:
    assert scripted().settings.deadline == 30.0
    assert scripted(deadline=None).settings.deadline is None
    get_order_groups.sync(client=scripted(deadline=None))


@pytest.mark.parametrize("deadline", [0, -1, float("inf"), float("nan"), "10", True])
def test_a_bad_deadline_is_a_config_error(scripted: ScriptedClient, deadline: object) -> None:
    with pytest.raises(ValueError, match="deadline must be a positive number of seconds"):
        scripted(deadline=deadline)
