from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
from ...models.batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
from ...types import Response


def _get_kwargs(
    *,
    body: BatchCancelOrdersV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCancelOrdersV2Response | None:
    if response.is_success:
        try:
            response_200 = BatchCancelOrdersV2Response.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchCancelOrdersV2Response]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response]:
    """Batch Cancel Orders (V2)

     Cancels several orders in one request; give each one a market_ticker to have it routed to the right
    exchange shard.

    Args:
        body (BatchCancelOrdersV2Request):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[BatchCancelOrdersV2Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response:
    """Batch Cancel Orders (V2)

     Cancels several orders in one request; give each one a market_ticker to have it routed to the right
    exchange shard.

    Args:
        body (BatchCancelOrdersV2Request):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        BatchCancelOrdersV2Response
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response]:
    """Batch Cancel Orders (V2)

     Cancels several orders in one request; give each one a market_ticker to have it routed to the right
    exchange shard.

    Args:
        body (BatchCancelOrdersV2Request):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[BatchCancelOrdersV2Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response:
    """Batch Cancel Orders (V2)

     Cancels several orders in one request; give each one a market_ticker to have it routed to the right
    exchange shard.

    Args:
        body (BatchCancelOrdersV2Request):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        BatchCancelOrdersV2Response
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
