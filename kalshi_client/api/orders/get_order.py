from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_order_response import GetOrderResponse
from ...types import Response

_OPERATION: _rt.Operation[GetOrderResponse] = _rt.Operation(
    "GetOrder",
    {
        200: GetOrderResponse,
    },
)


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/portfolio/orders/{order_id}",
            order_id=order_id,
        ),
    }

    return _kwargs


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetOrderResponse]:
    """Get Order

     Returns one of the caller's orders by its id.

    Args:
        order_id (str): Id of the order.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderResponse]
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
) -> GetOrderResponse:
    """Get Order

     Returns one of the caller's orders by its id.

    Args:
        order_id (str): Id of the order.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderResponse
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
) -> Response[GetOrderResponse]:
    """Get Order

     Returns one of the caller's orders by its id.

    Args:
        order_id (str): Id of the order.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderResponse]
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
) -> GetOrderResponse:
    """Get Order

     Returns one of the caller's orders by its id.

    Args:
        order_id (str): Id of the order.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            order_id=order_id,
        ),
        _OPERATION,
    )
