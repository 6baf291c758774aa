from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_tags_for_series_categories_response import (
    GetTagsForSeriesCategoriesResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[GetTagsForSeriesCategoriesResponse] = _rt.Operation(
    "GetTagsForSeriesCategories",
    {
        200: GetTagsForSeriesCategoriesResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/tags_by_categories",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetTagsForSeriesCategoriesResponse]:
    """Get Tags for Series Categories

     Returns the tags used within each series category.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetTagsForSeriesCategoriesResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetTagsForSeriesCategoriesResponse:
    """Get Tags for Series Categories

     Returns the tags used within each series category.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetTagsForSeriesCategoriesResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetTagsForSeriesCategoriesResponse]:
    """Get Tags for Series Categories

     Returns the tags used within each series category.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetTagsForSeriesCategoriesResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetTagsForSeriesCategoriesResponse:
    """Get Tags for Series Categories

     Returns the tags used within each series category.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetTagsForSeriesCategoriesResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
