"""Every request that leaves a KalshiClient carries a valid, fresh signature."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi_auth import KalshiClient, Signer
from kalshi_client.api.order_groups import (
    create_order_group,
    delete_order_group,
    get_order_group,
    get_order_groups,
    reset_order_group,
)
from kalshi_client.models import CreateOrderGroupRequest
from tests.conftest import KEY_ID, ScriptedClient
from tests.fake_exchange import Answer, FakeExchange, running_exchange, signature_is_valid
from tests.support import Script, is_signed

ODD_IDS = ["og/1", "og 1", "og?1", "og#1", "og%1", "og+1", "ógé-✓", "a/b c?d#e%f+g"]
GROUP = {"is_auto_cancel_enabled": True, "orders": ["o-1"]}


@pytest.fixture(scope="module")
def rsa_4096() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


@pytest.fixture(params=["rsa-2048", "rsa-4096", "ed25519"])
def any_key(
    request: pytest.FixtureRequest,
    rsa_key: rsa.RSAPrivateKey,
    rsa_4096: rsa.RSAPrivateKey,
    ed25519_key: ed25519.Ed25519PrivateKey,
) -> rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey:
    keys: dict[str, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey] = {
        "rsa-2048": rsa_key,
        "rsa-4096": rsa_4096,
        "ed25519": ed25519_key,
    }
    return keys[request.param]


@pytest.fixture
def keyed_exchange(any_key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> Iterator[FakeExchange]:
    with running_exchange(any_key.public_key()) as exchange:
        yield exchange


def all_valid(exchange: FakeExchange) -> bool:
    return bool(exchange.received) and all(r.signature_valid for r in exchange.received)


def test_every_method_is_signed_with_every_key_type(
    keyed_exchange: FakeExchange, any_key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey
) -> None:
    keyed_exchange.answer(Answer(200, GROUP))
    with KalshiClient(key_id=KEY_ID, private_key=any_key, base_url=keyed_exchange.base_url) as client:
        get_order_group.sync("og-1", client=client, subaccount=3)
        reset_order_group.sync("og-1", client=client, subaccount=0, exchange_index=0)
        delete_order_group.sync("og-1", client=client)
        keyed_exchange.answer(Answer(201, {"order_group_id": "og-2", "subaccount": 0}))
        create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=5))

    assert [r.method for r in keyed_exchange.received] == ["GET", "PUT", "DELETE", "POST"]
    assert keyed_exchange.received[0].query == "subaccount=3"
    assert all_valid(keyed_exchange)
    assert {r.headers["kalshi-access-key"] for r in keyed_exchange.received} == {KEY_ID}


@pytest.mark.anyio
async def test_async_calls_are_signed(
    keyed_exchange: FakeExchange, any_key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey
) -> None:
    keyed_exchange.answer(Answer(200, GROUP))
    async with KalshiClient(key_id=KEY_ID, private_key=any_key, base_url=keyed_exchange.base_url) as client:
        await get_order_group.asyncio("og-1", client=client, subaccount=1)
        await reset_order_group.asyncio_detailed("og-1", client=client)
        await delete_order_group.asyncio("og-1", client=client)

    assert all_valid(keyed_exchange)


@pytest.mark.parametrize("order_group_id", ODD_IDS)
def test_odd_ids_are_signed_as_sent(client: KalshiClient, exchange: FakeExchange, order_group_id: str) -> None:
    reset_order_group.sync(order_group_id, client=client, subaccount=2)

    received = exchange.received[0]
    assert received.path.startswith("/trade-api/v2/portfolio/order_groups/")
    assert "?" not in received.path.removeprefix("/trade-api/v2/portfolio/order_groups/").split("/")[0]
    assert received.query == "subaccount=2"
    assert received.signature_valid


def test_raw_httpx_use_is_signed(client: KalshiClient, exchange: FakeExchange) -> None:
    http = client.get_httpx_client()
    http.get("/portfolio/order_groups", params={"subaccount": 1})
    http.request("PUT", "/portfolio/order_groups/og-1/reset", json={})
    http.send(http.build_request("DELETE", "/portfolio/order_groups/og-1"))
    with http.stream("GET", "/portfolio/order_groups/og 1") as streamed:
        streamed.read()

    assert len(exchange.received) == 4
    assert all_valid(exchange)


@pytest.mark.anyio
async def test_raw_async_httpx_use_is_signed(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    async with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url) as client:
        http = client.get_async_httpx_client()
        await http.get("/portfolio/order_groups")
        await http.send(http.build_request("POST", "/portfolio/order_groups/create", json={}))
        async with http.stream("GET", "/portfolio/order_groups/og#1") as streamed:
            await streamed.aread()

    assert len(exchange.received) == 3
    assert all_valid(exchange)


def test_a_followed_redirect_is_signed_for_its_own_path(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(
        Answer(307, b"", {"Location": f"{exchange.base_url}/portfolio/order_groups/og-2"}),
        Answer(200, GROUP),
    )
    with KalshiClient(key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, follow_redirects=True) as client:
        get_order_group.sync("og-1", client=client)

    first, second = exchange.received
    assert second.path == "/trade-api/v2/portfolio/order_groups/og-2"
    assert first.signature_valid and second.signature_valid
    assert first.headers["kalshi-access-signature"] != second.headers["kalshi-access-signature"]


def test_one_signature_per_attempt(
    client: KalshiClient, exchange: FakeExchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bytes] = []
    original = Signer.sign

    def counting_sign(self: Signer, message: bytes) -> str:
        calls.append(message)
        return original(self, message)

    monkeypatch.setattr(Signer, "sign", counting_sign)
    for _ in range(3):
        get_order_groups.sync(client=client)
    delete_order_group.sync_detailed("og-1", client=client)

    assert len(calls) == len(exchange.received) == 4


def test_timestamp_is_milliseconds_and_fresh(client: KalshiClient, exchange: FakeExchange) -> None:
    get_order_groups.sync(client=client)
    get_order_groups.sync(client=client)

    first, second = exchange.received
    assert len(str(first.timestamp)) == 13
    assert second.timestamp >= first.timestamp


def test_no_authorization_header_and_a_user_agent(client: KalshiClient, exchange: FakeExchange) -> None:
    get_order_groups.sync(client=client)

    headers = exchange.received[0].headers
    assert "authorization" not in headers
    assert headers["user-agent"].startswith("kalshi-trade-sdk/")
    assert "Python/" in headers["user-agent"] and "httpx/" in headers["user-agent"]


def test_signature_matches_kalshis_message_format(rsa_key: rsa.RSAPrivateKey) -> None:
    signer = Signer(KEY_ID, rsa_key)
    headers = signer.headers("get", "/trade-api/v2/portfolio/balance", timestamp_ms=1_700_000_000_000)

    assert headers["KALSHI-ACCESS-TIMESTAMP"] == "1700000000000"
    lowered = {name.lower(): value for name, value in headers.items()}
    assert signature_is_valid(rsa_key.public_key(), lowered, "GET", "/trade-api/v2/portfolio/balance")
    assert not signature_is_valid(rsa_key.public_key(), lowered, "GET", "/trade-api/v2/portfolio/positions")


def test_debug_log_names_method_and_path_only(
    client: KalshiClient, exchange: FakeExchange, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        get_order_groups.sync(client=client, subaccount=1)

    signature = exchange.received[0].headers["kalshi-access-signature"]
    ours = [record.getMessage() for record in caplog.records if record.name == "kalshi_auth"]
    assert ours == ["signed GET /trade-api/v2/portfolio/order_groups"]
    assert all(signature not in record.getMessage() for record in caplog.records)


def test_a_users_transport_is_still_signed(
    scripted: ScriptedClient, script: Script, rsa_key: rsa.RSAPrivateKey
) -> None:
    script.then(httpx.Response(200, json={"order_groups": []}))

    get_order_groups.sync(client=scripted())

    assert is_signed(script.sent[0], rsa_key)


def test_signature_headers_set_by_hand_are_replaced(
    scripted: ScriptedClient, script: Script, rsa_key: rsa.RSAPrivateKey
) -> None:
    client = scripted(headers={"KALSHI-ACCESS-KEY": "someone-else"})

    get_order_groups.sync_detailed(client=client)

    assert script.sent[0].headers["KALSHI-ACCESS-KEY"] == KEY_ID and is_signed(script.sent[0], rsa_key)
