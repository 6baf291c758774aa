from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_portfolio_resting_order_total_value_response import (
    GetPortfolioRestingOrderTotalValueResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[GetPortfolioRestingOrderTotalValueResponse] = _rt.Operation(
    "GetPortfolioRestingOrderTotalValue",
    {
        200: GetPortfolioRestingOrderTotalValueResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/summary/total_resting_order_value",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetPortfolioRestingOrderTotalValueResponse]:
    """Get Total Resting Order Value

     Returns the combined value of the caller's resting orders in cents; meant for FCM members only.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetPortfolioRestingOrderTotalValueResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetPortfolioRestingOrderTotalValueResponse:
    """Get Total Resting Order Value

     Returns the combined value of the caller's resting orders in cents; meant for FCM members only.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetPortfolioRestingOrderTotalValueResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetPortfolioRestingOrderTotalValueResponse]:
    """Get Total Resting Order Value

     Returns the combined value of the caller's resting orders in cents; meant for FCM members only.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetPortfolioRestingOrderTotalValueResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetPortfolioRestingOrderTotalValueResponse:
    """Get Total Resting Order Value

     Returns the combined value of the caller's resting orders in cents; meant for FCM members only.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetPortfolioRestingOrderTotalValueResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
