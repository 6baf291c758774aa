from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_filters_by_sports_response import GetFiltersBySportsResponse
from ...types import Response

_OPERATION: _rt.Operation[GetFiltersBySportsResponse] = _rt.Operation(
    "GetFiltersForSports",
    {
        200: GetFiltersBySportsResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/filters_by_sport",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetFiltersBySportsResponse]:
    """Get Filters for Sports

     Returns the filter options (scopes and competitions) for each sport, and the order to show sports
    in.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFiltersBySportsResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetFiltersBySportsResponse:
    """Get Filters for Sports

     Returns the filter options (scopes and competitions) for each sport, and the order to show sports
    in.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFiltersBySportsResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetFiltersBySportsResponse]:
    """Get Filters for Sports

     Returns the filter options (scopes and competitions) for each sport, and the order to show sports
    in.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFiltersBySportsResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetFiltersBySportsResponse:
    """Get Filters for Sports

     Returns the filter options (scopes and competitions) for each sport, and the order to show sports
    in.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFiltersBySportsResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
