from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_order_queue_position_response import GetOrderQueuePositionResponse
from ...types import Response

_OPERATION: _rt.Operation[GetOrderQueuePositionResponse] = _rt.Operation(
    "GetOrderQueuePosition",
    {
        200: GetOrderQueuePositionResponse,
    },
)


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/portfolio/orders/{order_id}/queue_position",
            order_id=order_id,
        ),
    }

    return _kwargs


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetOrderQueuePositionResponse]:
    """Get Order Queue Position

     Returns how many contracts are ahead of one resting order in the queue at its price.

    Args:
        order_id (str): Id of the order.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderQueuePositionResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            order_id=order_id,
        ),
        _OPERATION,
    )


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> GetOrderQueuePositionResponse:
    """Get Order Queue Position

     Returns how many contracts are ahead of one resting order in the queue at its price.

    Args:
        order_id (str): Id of the order.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderQueuePositionResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            order_id=order_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetOrderQueuePositionResponse]:
    """Get Order Queue Position

     Returns how many contracts are ahead of one resting order in the queue at its price.

    Args:
        order_id (str): Id of the order.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderQueuePositionResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            order_id=order_id,
        ),
        _OPERATION,
    )


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> GetOrderQueuePositionResponse:
    """Get Order Queue Position

     Returns how many contracts are ahead of one resting order in the queue at its price.

    Args:
        order_id (str): Id of the order.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderQueuePositionResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            order_id=order_id,
        ),
        _OPERATION,
    )
