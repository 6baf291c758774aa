from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_historical_cutoff_response import GetHistoricalCutoffResponse
from ...types import Response

_OPERATION: _rt.Operation[GetHistoricalCutoffResponse] = _rt.Operation(
    "GetHistoricalCutoff",
    {
        200: GetHistoricalCutoffResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/cutoff",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetHistoricalCutoffResponse]:
    """Get Historical Cutoff Timestamps

     Returns the timestamps that divide live from historical data, telling which endpoints serve older
    markets, trades, orders and positions.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetHistoricalCutoffResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetHistoricalCutoffResponse:
    """Get Historical Cutoff Timestamps

     Returns the timestamps that divide live from historical data, telling which endpoints serve older
    markets, trades, orders and positions.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetHistoricalCutoffResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetHistoricalCutoffResponse]:
    """Get Historical Cutoff Timestamps

     Returns the timestamps that divide live from historical data, telling which endpoints serve older
    markets, trades, orders and positions.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetHistoricalCutoffResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetHistoricalCutoffResponse:
    """Get Historical Cutoff Timestamps

     Returns the timestamps that divide live from historical data, telling which endpoints serve older
    markets, trades, orders and positions.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetHistoricalCutoffResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
