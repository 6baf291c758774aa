from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_historical_markets_mve_filter import GetHistoricalMarketsMveFilter
from ...models.get_markets_response import GetMarketsResponse
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetMarketsResponse] = _rt.Operation(
    "GetHistoricalMarkets",
    {
        200: GetMarketsResponse,
    },
)


from ...models.market import Market


def page_items(page: GetMarketsResponse) -> list[Market]:
    """The markets of one page: what ``kalshi_auth.paginate`` yields."""
    return page.markets


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["tickers"] = tickers

    params["event_ticker"] = event_ticker

    params["series_ticker"] = series_ticker

    json_mve_filter: str | Unset = UNSET
    if not isinstance(mve_filter, Unset):
        json_mve_filter = _enum_value(
            GetHistoricalMarketsMveFilter, mve_filter, "mve_filter"
        )

    params["mve_filter"] = json_mve_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/markets",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Historical Markets

     Pages through markets moved to the historical store; use one filter at a time.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        tickers (str | Unset): Only these markets: comma-separated market tickers.
        event_ticker (str | Unset): Only items for this one event.
        series_ticker (str | Unset): Only items in this series.
        mve_filter (GetHistoricalMarketsMveFilter | Unset): exclude leaves multivariate (combo)
            markets out; they are included otherwise.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            tickers=tickers,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            mve_filter=mve_filter,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Historical Markets

     Pages through markets moved to the historical store; use one filter at a time.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        tickers (str | Unset): Only these markets: comma-separated market tickers.
        event_ticker (str | Unset): Only items for this one event.
        series_ticker (str | Unset): Only items in this series.
        mve_filter (GetHistoricalMarketsMveFilter | Unset): exclude leaves multivariate (combo)
            markets out; they are included otherwise.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            tickers=tickers,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            mve_filter=mve_filter,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Historical Markets

     Pages through markets moved to the historical store; use one filter at a time.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        tickers (str | Unset): Only these markets: comma-separated market tickers.
        event_ticker (str | Unset): Only items for this one event.
        series_ticker (str | Unset): Only items in this series.
        mve_filter (GetHistoricalMarketsMveFilter | Unset): exclude leaves multivariate (combo)
            markets out; they are included otherwise.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            tickers=tickers,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            mve_filter=mve_filter,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Historical Markets

     Pages through markets moved to the historical store; use one filter at a time.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        tickers (str | Unset): Only these markets: comma-separated market tickers.
        event_ticker (str | Unset): Only items for this one event.
        series_ticker (str | Unset): Only items in this series.
        mve_filter (GetHistoricalMarketsMveFilter | Unset): exclude leaves multivariate (combo)
            markets out; they are included otherwise.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            tickers=tickers,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            mve_filter=mve_filter,
        ),
        _OPERATION,
    )
