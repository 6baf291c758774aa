from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_account_api_limits_response import GetAccountApiLimitsResponse
from ...types import Response

_OPERATION: _rt.Operation[GetAccountApiLimitsResponse] = _rt.Operation(
    "GetAccountApiLimits",
    {
        200: GetAccountApiLimitsResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/limits",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetAccountApiLimitsResponse]:
    """Get Account API Limits

     Returns the caller's API usage tier and the read and write token-bucket limits that go with it.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetAccountApiLimitsResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetAccountApiLimitsResponse:
    """Get Account API Limits

     Returns the caller's API usage tier and the read and write token-bucket limits that go with it.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetAccountApiLimitsResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetAccountApiLimitsResponse]:
    """Get Account API Limits

     Returns the caller's API usage tier and the read and write token-bucket limits that go with it.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetAccountApiLimitsResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetAccountApiLimitsResponse:
    """Get Account API Limits

     Returns the caller's API usage tier and the read and write token-bucket limits that go with it.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetAccountApiLimitsResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
