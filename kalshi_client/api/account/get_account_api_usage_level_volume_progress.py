from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_account_api_usage_level_volume_progress_response import (
    GetAccountApiUsageLevelVolumeProgressResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[GetAccountApiUsageLevelVolumeProgressResponse] = (
    _rt.Operation(
        "GetAccountApiUsageLevelVolumeProgress",
        {
            200: GetAccountApiUsageLevelVolumeProgressResponse,
        },
    )
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/api_usage_level/volume_progress",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetAccountApiUsageLevelVolumeProgressResponse]:
    """Get Account API Usage Level Volume Progress

     Shows how the caller's recent trading volume compares with the volume-based API usage tiers.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetAccountApiUsageLevelVolumeProgressResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetAccountApiUsageLevelVolumeProgressResponse:
    """Get Account API Usage Level Volume Progress

     Shows how the caller's recent trading volume compares with the volume-based API usage tiers.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetAccountApiUsageLevelVolumeProgressResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetAccountApiUsageLevelVolumeProgressResponse]:
    """Get Account API Usage Level Volume Progress

     Shows how the caller's recent trading volume compares with the volume-based API usage tiers.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetAccountApiUsageLevelVolumeProgressResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetAccountApiUsageLevelVolumeProgressResponse:
    """Get Account API Usage Level Volume Progress

     Shows how the caller's recent trading volume compares with the volume-based API usage tiers.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetAccountApiUsageLevelVolumeProgressResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
