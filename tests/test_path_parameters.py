"""A path id names one resource: bad ids are refused before sending, odd ones are encoded.

Without this, URL normalisation resolves ``.`` and ``..`` away: ``reset_order_group("..")``
would send ``PUT /portfolio/reset`` and ``cancel_order_v2(".")`` a correctly signed
CancelAllOrders. Checked for every operation of openapi.yaml that has path parameters,
for each parameter, in all four functions.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest

from kalshi_auth import KalshiArgumentError, KalshiClient, KalshiError, KalshiPathError
from kalshi_client import AuthenticatedClient
from kalshi_client.api.market import get_markets
from kalshi_client.api.order_groups import reset_order_group
from kalshi_client.api.orders import cancel_order_v2
from kalshi_client.models import CreateOrderV2Request
from tests.contract.operations import PATH_SAMPLE, Operation, operations
from tests.fake_exchange import FakeExchange

BASE = "https://exchange.test/trade-api/v2"
BAD_IDS: dict[str, object] = {
    "empty": "",
    "blank": " ",
    "whitespace": "\t\n",
    "dot": ".",
    "dot-dot": "..",
    "lone surrogate": "\ud800",
    "surrogate inside": "og-\udfff-1",
    "bytes": b"og-1",  # would be sent as the text "b'og-1'"
    "a list": ["og-1"],
    "longer than any id": "x" * 70_000,  # past httpx's URL limit
}
#: id -> the one segment that must reach the server.
ODD_IDS = {
    "a/b": "a%2Fb",
    "../a": "..%2Fa",
    "%2e": "%252e",
    ".%2e": ".%252e",
    "%2e%2e": "%252e%252e",
    "...": "...",
    "..a": "..a",
    ".hidden": ".hidden",
    "a b": "a%20b",
    " lead": "%20lead",
    "tab\there": "tab%09here",
    "é€": "%C3%A9%E2%82%AC",
    "?q=1#f": "%3Fq%3D1%23f",
    "a;b": "a%3Bb",
}
FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
WITH_PATH_PARAMETERS = [operation for operation in operations() if "{" in operation.path]


def path_names(operation: Operation) -> list[str]:
    return [p["name"] for p in operation.parameters() if p["in"] == "path"]


def positional_names(operation: Operation) -> list[str]:
    """The generated functions' path arguments, in their order (the ones before ``*``)."""
    parameters = inspect.signature(operation.module().sync_detailed).parameters.values()
    return [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]


def recording_client() -> tuple[AuthenticatedClient, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(599)

    transport = httpx.MockTransport(record)
    client = AuthenticatedClient(base_url=BASE)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=transport))
    client.set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=transport))
    return client, sent


def call(operation: Operation, function: str, args: list[Any], client: AuthenticatedClient) -> Any:
    _, kwargs = operation.call_arguments()
    result = getattr(operation.module(), function)(*args, client=client, **kwargs)
    return asyncio.run(result) if function.startswith("asyncio") else result


def test_the_spec_has_operations_with_path_parameters() -> None:
    assert WITH_PATH_PARAMETERS, "openapi.yaml has no path parameters: these tests would prove nothing"


@pytest.mark.parametrize("bad", BAD_IDS.values(), ids=BAD_IDS.keys())
@pytest.mark.parametrize("operation", WITH_PATH_PARAMETERS, ids=str)
def test_a_bad_id_is_refused_before_anything_is_sent(operation: Operation, bad: str) -> None:
    client, sent = recording_client()
    names = positional_names(operation)
    assert len(names) == len(path_names(operation))
    for position, name in enumerate(names):
        args = [PATH_SAMPLE] * len(names)
        args[position] = bad
        for function in FUNCTIONS:
            with pytest.raises(KalshiPathError) as raised:
                call(operation, function, args, client)
            assert isinstance(raised.value, KalshiError) and isinstance(raised.value, ValueError)
            assert raised.value.parameter == name

    assert sent == [], f"{operation} sent {[str(r.url) for r in sent]}"


@pytest.mark.parametrize("operation", WITH_PATH_PARAMETERS, ids=str)
def test_odd_ids_reach_exactly_the_intended_path(operation: Operation) -> None:
    client, sent = recording_client()
    names = path_names(operation)
    expected = []
    for odd, segment in ODD_IDS.items():
        call(operation, "sync_detailed", [odd] * len(names), client)
        expected.append("/trade-api/v2" + operation.path.format_map(dict.fromkeys(names, segment)))

    assert [request.url.raw_path.decode().split("?")[0] for request in sent] == expected


@pytest.mark.parametrize(("odd", "segment"), [("a/b", "a%2Fb"), ("%2e", "%252e"), ("..a", "..a"), ("é", "%C3%A9")])
def test_on_the_wire_an_odd_id_stays_one_segment(
    client: KalshiClient, exchange: FakeExchange, odd: str, segment: str
) -> None:
    reset_order_group.sync_detailed(odd, client=client)

    (received,) = exchange.received
    assert received.path == f"/trade-api/v2/portfolio/order_groups/{segment}/reset"
    assert received.signature_valid


@pytest.mark.parametrize("bad", [".", "..", ""])
def test_cancel_order_v2_with_a_dot_cancels_nothing(client: KalshiClient, exchange: FakeExchange, bad: str) -> None:
    with pytest.raises(KalshiPathError, match="order_id"):
        cancel_order_v2.sync(bad, client=client)

    assert exchange.received == []


def test_the_message_says_why_and_that_nothing_was_sent() -> None:
    client, _ = recording_client()

    with pytest.raises(KalshiPathError) as raised:
        reset_order_group.sync("..", client=client)

    message = str(raised.value)
    assert "order_group_id is '..'" in message and "nothing was sent" in message


def test_a_query_value_that_cannot_be_encoded_is_refused_before_anything_is_sent() -> None:
    client, sent = recording_client()

    with pytest.raises(KalshiArgumentError, match="nothing was sent") as raised:
        get_markets.sync(client=client, event_ticker="KX\ud800")

    assert isinstance(raised.value, ValueError) and sent == []


@pytest.mark.parametrize("status", [5, ["open"], b"open"])
def test_an_enum_argument_of_the_wrong_type_is_refused_naming_what_it_takes(status: object) -> None:
    client, sent = recording_client()

    with pytest.raises(KalshiArgumentError, match=r"status must be one of 'closed', 'open', .*\(GetMarketsStatus\)"):
        get_markets.sync(client=client, status=status)  # type: ignore[arg-type]

    assert sent == []


def test_an_enum_field_of_the_wrong_type_is_refused_when_the_model_is_built() -> None:
    with pytest.raises(KalshiArgumentError, match=r"side must be one of 'ask', 'bid' \(BookSide\), not 1"):
        CreateOrderV2Request(
            ticker="KXHIGHNY-26NOV30-T50",
            side=1,  # type: ignore[arg-type]
            count=1,
            price="0.56",
            time_in_force="good_till_canceled",
            self_trade_prevention_type="maker",
        )
