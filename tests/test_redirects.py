"""Signatures and bodies go to the client's origin only; redirect chains are short."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import KalshiClient, KalshiRedirectError
from kalshi_client.api.order_groups import create_order_group, get_order_group, get_order_groups
from kalshi_client.models import CreateOrderGroupRequest
from tests.conftest import KEY_ID
from tests.fake_exchange import Answer, FakeExchange, running_exchange

GROUP = {"is_auto_cancel_enabled": True, "orders": ["o-1"]}
PATH = "/trade-api/v2/portfolio/order_groups"


@pytest.fixture
def elsewhere() -> Iterator[FakeExchange]:
    """Another server on loopback: a different port, so a different origin."""
    with running_exchange() as running:
        yield running


def following(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> KalshiClient:
    return KalshiClient(
        key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, follow_redirects=True, max_retries=0
    )


def other_origins(exchange: FakeExchange, elsewhere: FakeExchange) -> dict[str, str]:
    port = exchange.root.rsplit(":", 1)[1]
    return {
        "another port": elsewhere.root,
        "localhost for 127.0.0.1": f"http://localhost:{port}",
        "https on the same port": f"https://127.0.0.1:{port}",
    }


@pytest.mark.parametrize("which", ["another port", "localhost for 127.0.0.1", "https on the same port"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_is_refused_before_anything_is_sent(
    exchange: FakeExchange, elsewhere: FakeExchange, rsa_key: rsa.RSAPrivateKey, which: str, status: int
) -> None:
    target = other_origins(exchange, elsewhere)[which]
    exchange.answer(Answer(status, b"", {"Location": f"{target}{PATH}/og-2"}), Answer(200, GROUP))

    with following(exchange, rsa_key) as client, pytest.raises(KalshiRedirectError) as raised:
        get_order_group.sync("og-1", client=client)

    assert raised.value.location is not None and raised.value.location.startswith(target.split("://")[0])
    assert len(exchange.received) == 1  # the redirect itself, nothing after it
    assert elsewhere.received == []


def test_a_post_body_never_follows_a_307_elsewhere(
    exchange: FakeExchange, elsewhere: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    exchange.answer(Answer(307, b"", {"Location": f"{elsewhere.base_url}/portfolio/order_groups/create"}))

    with following(exchange, rsa_key) as client, pytest.raises(KalshiRedirectError, match="Refused to send POST"):
        create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=5))

    assert elsewhere.received == []


@pytest.mark.anyio
async def test_async_redirects_are_bound_to_the_origin_too(
    exchange: FakeExchange, elsewhere: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    exchange.answer(Answer(307, b"", {"Location": f"{elsewhere.base_url}/portfolio/order_groups"}))

    async with following(exchange, rsa_key) as client:
        with pytest.raises(KalshiRedirectError):
            await get_order_groups.asyncio(client=client)

    assert elsewhere.received == []


def test_a_redirect_within_the_origin_is_followed_and_signed_for_its_path(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    exchange.answer(Answer(307, b"", {"Location": f"{PATH}/og-2"}), Answer(200, GROUP))

    with following(exchange, rsa_key) as client:
        get_order_group.sync("og-1", client=client)

    first, second = exchange.received
    assert second.path == f"{PATH}/og-2"
    assert first.signature_valid and second.signature_valid


def test_a_redirect_loop_is_cut_after_five_hops(exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey) -> None:
    exchange.answer(Answer(307, b"", {"Location": f"{PATH}/og-1"}))

    with following(exchange, rsa_key) as client, pytest.raises(KalshiRedirectError, match="more than 5 times"):
        get_order_group.sync("og-1", client=client)

    assert len(exchange.received) == 6  # the call and five redirects


def test_more_than_five_redirects_cannot_be_configured(rsa_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(ValueError, match="max_redirects"):
        KalshiClient(key_id=KEY_ID, private_key=rsa_key, httpx_args={"max_redirects": 20})


def test_a_raw_request_for_another_origin_is_refused(
    client: KalshiClient, exchange: FakeExchange, elsewhere: FakeExchange
) -> None:
    with pytest.raises(KalshiRedirectError, match="only to http://127.0.0.1"):
        client.get_httpx_client().get(f"{elsewhere.base_url}/portfolio/balance")

    assert elsewhere.received == [] and exchange.received == []


def test_without_follow_redirects_the_redirect_is_an_error_with_its_status(
    client: KalshiClient, exchange: FakeExchange, elsewhere: FakeExchange
) -> None:
    exchange.answer(Answer(302, b"", {"Location": f"{elsewhere.base_url}/portfolio/order_groups"}))

    response = get_order_groups.sync_detailed(client=client)

    assert response.status_code == 302
    assert elsewhere.received == []


@pytest.mark.parametrize("follow", [True, False], ids=["following", "not following"])
@pytest.mark.parametrize("location", ["https://xn--api-/x", "javascript:alert(1)"], ids=["bad idna", "javascript"])
def test_a_location_that_is_no_url_is_a_redirect_error(
    exchange: FakeExchange, rsa_key: rsa.RSAPrivateKey, location: str, follow: bool
) -> None:
    exchange.answer(Answer(302, b"", {"Location": location}))
    client = KalshiClient(
        key_id=KEY_ID, private_key=rsa_key, base_url=exchange.base_url, follow_redirects=follow, max_retries=0
    )

    with pytest.raises(KalshiRedirectError, match="Location is not a usable URL"):
        get_order_groups.sync(client=client)
