from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_user_data_timestamp_response import GetUserDataTimestampResponse
from ...types import Response

_OPERATION: _rt.Operation[GetUserDataTimestampResponse] = _rt.Operation(
    "GetUserDataTimestamp",
    {
        200: GetUserDataTimestampResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/exchange/user_data_timestamp",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetUserDataTimestampResponse]:
    """Get User Data Timestamp

     Reports roughly when the balance, order, fill and position data served by the API was last brought
    up to date, since it trails the exchange by a little.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetUserDataTimestampResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetUserDataTimestampResponse:
    """Get User Data Timestamp

     Reports roughly when the balance, order, fill and position data served by the API was last brought
    up to date, since it trails the exchange by a little.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetUserDataTimestampResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetUserDataTimestampResponse]:
    """Get User Data Timestamp

     Reports roughly when the balance, order, fill and position data served by the API was last brought
    up to date, since it trails the exchange by a little.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetUserDataTimestampResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetUserDataTimestampResponse:
    """Get User Data Timestamp

     Reports roughly when the balance, order, fill and position data served by the API was last brought
    up to date, since it trails the exchange by a little.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetUserDataTimestampResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
