from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
from ...models.batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
from ...types import Response

_OPERATION: _rt.Operation[BatchCancelOrdersV2Response] = _rt.Operation(
    "BatchCancelOrdersV2",
    {
        200: BatchCancelOrdersV2Response,
    },
)


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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response]:
    """Batch Cancel Orders (V2)

     Cancels several orders in one request; give each one a market_ticker to have it routed to the right
    exchange shard.

    Args:
        body (BatchCancelOrdersV2Request): The request: a BatchCancelOrdersV2Request, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[BatchCancelOrdersV2Response]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response:
    """Batch Cancel Orders (V2)

     Cancels several orders in one request; give each one a market_ticker to have it routed to the right
    exchange shard.

    Args:
        body (BatchCancelOrdersV2Request): The request: a BatchCancelOrdersV2Request, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        BatchCancelOrdersV2Response
    """

    return _rt.call(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
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
        body (BatchCancelOrdersV2Request): The request: a BatchCancelOrdersV2Request, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[BatchCancelOrdersV2Response]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response:
    """Batch Cancel Orders (V2)

     Cancels several orders in one request; give each one a market_ticker to have it routed to the right
    exchange shard.

    Args:
        body (BatchCancelOrdersV2Request): The request: a BatchCancelOrdersV2Request, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        BatchCancelOrdersV2Response
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
