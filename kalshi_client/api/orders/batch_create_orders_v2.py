from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.batch_create_orders_v2_request import BatchCreateOrdersV2Request
from ...models.batch_create_orders_v2_response import BatchCreateOrdersV2Response
from ...types import Response

_OPERATION: _rt.Operation[BatchCreateOrdersV2Response] = _rt.Operation(
    "BatchCreateOrdersV2",
    {
        201: BatchCreateOrdersV2Response,
    },
)


def _get_kwargs(
    *,
    body: BatchCreateOrdersV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersV2Request,
) -> Response[BatchCreateOrdersV2Response]:
    """Batch Create Orders (V2)

     Places several orders in one request, in the V2 shape; how many fit in one batch depends on your
    rate-limit tier.

    Args:
        body (BatchCreateOrdersV2Request): The request: a BatchCreateOrdersV2Request, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[BatchCreateOrdersV2Response]
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
    body: BatchCreateOrdersV2Request,
) -> BatchCreateOrdersV2Response:
    """Batch Create Orders (V2)

     Places several orders in one request, in the V2 shape; how many fit in one batch depends on your
    rate-limit tier.

    Args:
        body (BatchCreateOrdersV2Request): The request: a BatchCreateOrdersV2Request, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        BatchCreateOrdersV2Response
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
    body: BatchCreateOrdersV2Request,
) -> Response[BatchCreateOrdersV2Response]:
    """Batch Create Orders (V2)

     Places several orders in one request, in the V2 shape; how many fit in one batch depends on your
    rate-limit tier.

    Args:
        body (BatchCreateOrdersV2Request): The request: a BatchCreateOrdersV2Request, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[BatchCreateOrdersV2Response]
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
    body: BatchCreateOrdersV2Request,
) -> BatchCreateOrdersV2Response:
    """Batch Create Orders (V2)

     Places several orders in one request, in the V2 shape; how many fit in one batch depends on your
    rate-limit tier.

    Args:
        body (BatchCreateOrdersV2Request): The request: a BatchCreateOrdersV2Request, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        BatchCreateOrdersV2Response
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
