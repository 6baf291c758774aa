from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.cancel_order_v2_response import CancelOrderV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params["market_ticker"] = market_ticker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelOrderV2Response | None:
    if response.is_success:
        try:
            response_200 = CancelOrderV2Response.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelOrderV2Response]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Cancel Order (V2)

     Cancels one order and says how many contracts came off the book; pass market_ticker to have the
    request routed to the right exchange shard.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset): Number of an exchange shard. Example: 0.
        market_ticker (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CancelOrderV2Response]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Cancel Order (V2)

     Cancels one order and says how many contracts came off the book; pass market_ticker to have the
    request routed to the right exchange shard.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset): Number of an exchange shard. Example: 0.
        market_ticker (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CancelOrderV2Response
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Cancel Order (V2)

     Cancels one order and says how many contracts came off the book; pass market_ticker to have the
    request routed to the right exchange shard.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset): Number of an exchange shard. Example: 0.
        market_ticker (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CancelOrderV2Response]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Cancel Order (V2)

     Cancels one order and says how many contracts came off the book; pass market_ticker to have the
    request routed to the right exchange shard.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset): Number of an exchange shard. Example: 0.
        market_ticker (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CancelOrderV2Response
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
