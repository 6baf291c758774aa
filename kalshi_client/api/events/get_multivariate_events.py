from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_multivariate_events_response import GetMultivariateEventsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetMultivariateEventsResponse] = _rt.Operation(
    "GetMultivariateEvents",
    {
        200: GetMultivariateEventsResponse,
    },
)


from ...models.event_data import EventData


def page_items(page: GetMultivariateEventsResponse) -> list[EventData]:
    """The events of one page: what ``kalshi_auth.paginate`` yields."""
    return page.events


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["series_ticker"] = series_ticker

    params["collection_ticker"] = collection_ticker

    params["with_nested_markets"] = with_nested_markets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/multivariate",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Response[GetMultivariateEventsResponse]:
    """Get Multivariate Events

     Pages through multivariate (combo) events, filterable by series or by collection.

    Args:
        limit (int | Unset): Page size, 1 to 200 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response.
        series_ticker (str | Unset): Only items in this series.
        collection_ticker (str | Unset): Only events of this collection; cannot be combined with
            series_ticker.
        with_nested_markets (bool | Unset): Put each event's markets inside it, under markets.
            Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMultivariateEventsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            series_ticker=series_ticker,
            collection_ticker=collection_ticker,
            with_nested_markets=with_nested_markets,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> GetMultivariateEventsResponse:
    """Get Multivariate Events

     Pages through multivariate (combo) events, filterable by series or by collection.

    Args:
        limit (int | Unset): Page size, 1 to 200 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response.
        series_ticker (str | Unset): Only items in this series.
        collection_ticker (str | Unset): Only events of this collection; cannot be combined with
            series_ticker.
        with_nested_markets (bool | Unset): Put each event's markets inside it, under markets.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMultivariateEventsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            series_ticker=series_ticker,
            collection_ticker=collection_ticker,
            with_nested_markets=with_nested_markets,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Response[GetMultivariateEventsResponse]:
    """Get Multivariate Events

     Pages through multivariate (combo) events, filterable by series or by collection.

    Args:
        limit (int | Unset): Page size, 1 to 200 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response.
        series_ticker (str | Unset): Only items in this series.
        collection_ticker (str | Unset): Only events of this collection; cannot be combined with
            series_ticker.
        with_nested_markets (bool | Unset): Put each event's markets inside it, under markets.
            Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMultivariateEventsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            series_ticker=series_ticker,
            collection_ticker=collection_ticker,
            with_nested_markets=with_nested_markets,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> GetMultivariateEventsResponse:
    """Get Multivariate Events

     Pages through multivariate (combo) events, filterable by series or by collection.

    Args:
        limit (int | Unset): Page size, 1 to 200 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response.
        series_ticker (str | Unset): Only items in this series.
        collection_ticker (str | Unset): Only events of this collection; cannot be combined with
            series_ticker.
        with_nested_markets (bool | Unset): Put each event's markets inside it, under markets.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMultivariateEventsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            series_ticker=series_ticker,
            collection_ticker=collection_ticker,
            with_nested_markets=with_nested_markets,
        ),
        _OPERATION,
    )
