from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_series_list_response import GetSeriesListResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetSeriesListResponse] = _rt.Operation(
    "GetSeriesList",
    {
        200: GetSeriesListResponse,
    },
)


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["tags"] = tags

    params["include_product_metadata"] = include_product_metadata

    params["include_volume"] = include_volume

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetSeriesListResponse]:
    """Get Series List

     Lists series, optionally narrowed to a category or tags, or to those changed since a given time.

    Args:
        category (str | Unset): Only series listing this category among their categories (exact,
            case-sensitive match); their primary category may be another one.
        tags (str | Unset): Only series with these tags.
        include_product_metadata (bool | Unset): Add each series' product metadata. Default:
            False.
        include_volume (bool | Unset): Add the volume traded in each series. Default: False.
        min_updated_ts (int | Unset): Only series whose metadata changed after this time, in Unix
            seconds.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesListResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Get Series List

     Lists series, optionally narrowed to a category or tags, or to those changed since a given time.

    Args:
        category (str | Unset): Only series listing this category among their categories (exact,
            case-sensitive match); their primary category may be another one.
        tags (str | Unset): Only series with these tags.
        include_product_metadata (bool | Unset): Add each series' product metadata. Default:
            False.
        include_volume (bool | Unset): Add the volume traded in each series. Default: False.
        min_updated_ts (int | Unset): Only series whose metadata changed after this time, in Unix
            seconds.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesListResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetSeriesListResponse]:
    """Get Series List

     Lists series, optionally narrowed to a category or tags, or to those changed since a given time.

    Args:
        category (str | Unset): Only series listing this category among their categories (exact,
            case-sensitive match); their primary category may be another one.
        tags (str | Unset): Only series with these tags.
        include_product_metadata (bool | Unset): Add each series' product metadata. Default:
            False.
        include_volume (bool | Unset): Add the volume traded in each series. Default: False.
        min_updated_ts (int | Unset): Only series whose metadata changed after this time, in Unix
            seconds.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesListResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Get Series List

     Lists series, optionally narrowed to a category or tags, or to those changed since a given time.

    Args:
        category (str | Unset): Only series listing this category among their categories (exact,
            case-sensitive match); their primary category may be another one.
        tags (str | Unset): Only series with these tags.
        include_product_metadata (bool | Unset): Add each series' product metadata. Default:
            False.
        include_volume (bool | Unset): Add the volume traded in each series. Default: False.
        min_updated_ts (int | Unset): Only series whose metadata changed after this time, in Unix
            seconds.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesListResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )
