from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_markets_mve_filter import GetMarketsMveFilter
from ...models.get_markets_response import GetMarketsResponse
from ...models.get_markets_status import GetMarketsStatus
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetMarketsResponse] = _rt.Operation(
    "GetMarkets",
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
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["series_ticker"] = series_ticker

    params["min_created_ts"] = min_created_ts

    params["max_created_ts"] = max_created_ts

    params["min_updated_ts"] = min_updated_ts

    params["max_updated_ts"] = max_updated_ts

    params["max_close_ts"] = max_close_ts

    params["min_close_ts"] = min_close_ts

    params["min_settled_ts"] = min_settled_ts

    params["max_settled_ts"] = max_settled_ts

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = _enum_value(GetMarketsStatus, status, "status")

    params["status"] = json_status

    params["tickers"] = tickers

    json_mve_filter: str | Unset = UNSET
    if not isinstance(mve_filter, Unset):
        json_mve_filter = _enum_value(GetMarketsMveFilter, mve_filter, "mve_filter")

    params["mve_filter"] = json_mve_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Markets

     Pages through markets with filters for event, series, status, tickers and several time windows; not
    every filter can be combined with every other.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        series_ticker (str | Unset): Only items in this series.
        min_created_ts (int | Unset): Only items created after this time, as a Unix timestamp.
        max_created_ts (int | Unset): Only items created before this time, as a Unix timestamp.
        min_updated_ts (int | Unset): Only markets whose metadata (not trading data) changed after
            this time, in Unix seconds. Goes with max_updated_ts, mve_filter=exclude and series_ticker
            (which then needs mve_filter=exclude), but with no other filter.
        max_updated_ts (int | Unset): Only markets whose metadata (not trading data) last changed
            at or before this time, in Unix seconds. Goes with min_updated_ts, mve_filter=exclude and
            series_ticker (which then needs mve_filter=exclude), but with no other filter.
        max_close_ts (int | Unset): Only items closing before this time, as a Unix timestamp.
        min_close_ts (int | Unset): Only items closing after this time, as a Unix timestamp.
        min_settled_ts (int | Unset): Only items settled after this time, as a Unix timestamp.
        max_settled_ts (int | Unset): Only items settled before this time, as a Unix timestamp.
        status (GetMarketsStatus | Unset): Only markets in this status; leave out for all.
        tickers (str | Unset): Only these markets: comma-separated market tickers.
        mve_filter (GetMarketsMveFilter | Unset): only: just multivariate (combo) events; exclude:
            everything but them.

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
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Markets

     Pages through markets with filters for event, series, status, tickers and several time windows; not
    every filter can be combined with every other.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        series_ticker (str | Unset): Only items in this series.
        min_created_ts (int | Unset): Only items created after this time, as a Unix timestamp.
        max_created_ts (int | Unset): Only items created before this time, as a Unix timestamp.
        min_updated_ts (int | Unset): Only markets whose metadata (not trading data) changed after
            this time, in Unix seconds. Goes with max_updated_ts, mve_filter=exclude and series_ticker
            (which then needs mve_filter=exclude), but with no other filter.
        max_updated_ts (int | Unset): Only markets whose metadata (not trading data) last changed
            at or before this time, in Unix seconds. Goes with min_updated_ts, mve_filter=exclude and
            series_ticker (which then needs mve_filter=exclude), but with no other filter.
        max_close_ts (int | Unset): Only items closing before this time, as a Unix timestamp.
        min_close_ts (int | Unset): Only items closing after this time, as a Unix timestamp.
        min_settled_ts (int | Unset): Only items settled after this time, as a Unix timestamp.
        max_settled_ts (int | Unset): Only items settled before this time, as a Unix timestamp.
        status (GetMarketsStatus | Unset): Only markets in this status; leave out for all.
        tickers (str | Unset): Only these markets: comma-separated market tickers.
        mve_filter (GetMarketsMveFilter | Unset): only: just multivariate (combo) events; exclude:
            everything but them.

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
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Markets

     Pages through markets with filters for event, series, status, tickers and several time windows; not
    every filter can be combined with every other.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        series_ticker (str | Unset): Only items in this series.
        min_created_ts (int | Unset): Only items created after this time, as a Unix timestamp.
        max_created_ts (int | Unset): Only items created before this time, as a Unix timestamp.
        min_updated_ts (int | Unset): Only markets whose metadata (not trading data) changed after
            this time, in Unix seconds. Goes with max_updated_ts, mve_filter=exclude and series_ticker
            (which then needs mve_filter=exclude), but with no other filter.
        max_updated_ts (int | Unset): Only markets whose metadata (not trading data) last changed
            at or before this time, in Unix seconds. Goes with min_updated_ts, mve_filter=exclude and
            series_ticker (which then needs mve_filter=exclude), but with no other filter.
        max_close_ts (int | Unset): Only items closing before this time, as a Unix timestamp.
        min_close_ts (int | Unset): Only items closing after this time, as a Unix timestamp.
        min_settled_ts (int | Unset): Only items settled after this time, as a Unix timestamp.
        max_settled_ts (int | Unset): Only items settled before this time, as a Unix timestamp.
        status (GetMarketsStatus | Unset): Only markets in this status; leave out for all.
        tickers (str | Unset): Only these markets: comma-separated market tickers.
        mve_filter (GetMarketsMveFilter | Unset): only: just multivariate (combo) events; exclude:
            everything but them.

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
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Markets

     Pages through markets with filters for event, series, status, tickers and several time windows; not
    every filter can be combined with every other.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        series_ticker (str | Unset): Only items in this series.
        min_created_ts (int | Unset): Only items created after this time, as a Unix timestamp.
        max_created_ts (int | Unset): Only items created before this time, as a Unix timestamp.
        min_updated_ts (int | Unset): Only markets whose metadata (not trading data) changed after
            this time, in Unix seconds. Goes with max_updated_ts, mve_filter=exclude and series_ticker
            (which then needs mve_filter=exclude), but with no other filter.
        max_updated_ts (int | Unset): Only markets whose metadata (not trading data) last changed
            at or before this time, in Unix seconds. Goes with min_updated_ts, mve_filter=exclude and
            series_ticker (which then needs mve_filter=exclude), but with no other filter.
        max_close_ts (int | Unset): Only items closing before this time, as a Unix timestamp.
        min_close_ts (int | Unset): Only items closing after this time, as a Unix timestamp.
        min_settled_ts (int | Unset): Only items settled after this time, as a Unix timestamp.
        max_settled_ts (int | Unset): Only items settled before this time, as a Unix timestamp.
        status (GetMarketsStatus | Unset): Only markets in this status; leave out for all.
        tickers (str | Unset): Only these markets: comma-separated market tickers.
        mve_filter (GetMarketsMveFilter | Unset): only: just multivariate (combo) events; exclude:
            everything but them.

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
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
        ),
        _OPERATION,
    )
