from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_exchange_schedule_response import GetExchangeScheduleResponse
from ...types import Response

_OPERATION: _rt.Operation[GetExchangeScheduleResponse] = _rt.Operation(
    "GetExchangeSchedule",
    {
        200: GetExchangeScheduleResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/exchange/schedule",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetExchangeScheduleResponse]:
    """Get Exchange Schedule

     Returns the exchange's weekly trading hours and its planned maintenance windows.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetExchangeScheduleResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetExchangeScheduleResponse:
    """Get Exchange Schedule

     Returns the exchange's weekly trading hours and its planned maintenance windows.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetExchangeScheduleResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetExchangeScheduleResponse]:
    """Get Exchange Schedule

     Returns the exchange's weekly trading hours and its planned maintenance windows.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetExchangeScheduleResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetExchangeScheduleResponse:
    """Get Exchange Schedule

     Returns the exchange's weekly trading hours and its planned maintenance windows.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetExchangeScheduleResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
