from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_events_response import GetEventsResponse
from ...models.get_events_status import GetEventsStatus
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetEventsResponse] = _rt.Operation(
    "GetEvents",
    {
        200: GetEventsResponse,
    },
)


from ...models.event_data import EventData


def page_items(page: GetEventsResponse) -> list[EventData]:
    """The events of one page: what ``kalshi_auth.paginate`` yields."""
    return page.events


def _get_kwargs(
    *,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["with_nested_markets"] = with_nested_markets

    params["with_milestones"] = with_milestones

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = _enum_value(GetEventsStatus, status, "status")

    params["status"] = json_status

    params["series_ticker"] = series_ticker

    params["tickers"] = tickers

    params["min_close_ts"] = min_close_ts

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetEventsResponse]:
    """Get Events

     Pages through events other than multivariate ones, optionally with their markets nested and related
    milestones added.

    Args:
        limit (int | Unset): Page size, 1 to 200 (200 when left out). Default: 200.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        with_nested_markets (bool | Unset): Put each event's markets inside it, under markets
            (markets settled before the historical cutoff are left out). Default: False.
        with_milestones (bool | Unset): Also return the milestones related to the events. Default:
            False.
        status (GetEventsStatus | Unset): Only events in this status; leave out for all.
        series_ticker (str | Unset): Only items in this series.
        tickers (str | Unset): Only these events: comma-separated event tickers.
        min_close_ts (int | Unset): Only events with a market that closes after this time, in Unix
            seconds.
        min_updated_ts (int | Unset): Only events whose metadata changed after this time, in Unix
            seconds.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            with_nested_markets=with_nested_markets,
            with_milestones=with_milestones,
            status=status,
            series_ticker=series_ticker,
            tickers=tickers,
            min_close_ts=min_close_ts,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetEventsResponse:
    """Get Events

     Pages through events other than multivariate ones, optionally with their markets nested and related
    milestones added.

    Args:
        limit (int | Unset): Page size, 1 to 200 (200 when left out). Default: 200.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        with_nested_markets (bool | Unset): Put each event's markets inside it, under markets
            (markets settled before the historical cutoff are left out). Default: False.
        with_milestones (bool | Unset): Also return the milestones related to the events. Default:
            False.
        status (GetEventsStatus | Unset): Only events in this status; leave out for all.
        series_ticker (str | Unset): Only items in this series.
        tickers (str | Unset): Only these events: comma-separated event tickers.
        min_close_ts (int | Unset): Only events with a market that closes after this time, in Unix
            seconds.
        min_updated_ts (int | Unset): Only events whose metadata changed after this time, in Unix
            seconds.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            with_nested_markets=with_nested_markets,
            with_milestones=with_milestones,
            status=status,
            series_ticker=series_ticker,
            tickers=tickers,
            min_close_ts=min_close_ts,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetEventsResponse]:
    """Get Events

     Pages through events other than multivariate ones, optionally with their markets nested and related
    milestones added.

    Args:
        limit (int | Unset): Page size, 1 to 200 (200 when left out). Default: 200.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        with_nested_markets (bool | Unset): Put each event's markets inside it, under markets
            (markets settled before the historical cutoff are left out). Default: False.
        with_milestones (bool | Unset): Also return the milestones related to the events. Default:
            False.
        status (GetEventsStatus | Unset): Only events in this status; leave out for all.
        series_ticker (str | Unset): Only items in this series.
        tickers (str | Unset): Only these events: comma-separated event tickers.
        min_close_ts (int | Unset): Only events with a market that closes after this time, in Unix
            seconds.
        min_updated_ts (int | Unset): Only events whose metadata changed after this time, in Unix
            seconds.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            with_nested_markets=with_nested_markets,
            with_milestones=with_milestones,
            status=status,
            series_ticker=series_ticker,
            tickers=tickers,
            min_close_ts=min_close_ts,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetEventsResponse:
    """Get Events

     Pages through events other than multivariate ones, optionally with their markets nested and related
    milestones added.

    Args:
        limit (int | Unset): Page size, 1 to 200 (200 when left out). Default: 200.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        with_nested_markets (bool | Unset): Put each event's markets inside it, under markets
            (markets settled before the historical cutoff are left out). Default: False.
        with_milestones (bool | Unset): Also return the milestones related to the events. Default:
            False.
        status (GetEventsStatus | Unset): Only events in this status; leave out for all.
        series_ticker (str | Unset): Only items in this series.
        tickers (str | Unset): Only these events: comma-separated event tickers.
        min_close_ts (int | Unset): Only events with a market that closes after this time, in Unix
            seconds.
        min_updated_ts (int | Unset): Only events whose metadata changed after this time, in Unix
            seconds.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            with_nested_markets=with_nested_markets,
            with_milestones=with_milestones,
            status=status,
            series_ticker=series_ticker,
            tickers=tickers,
            min_close_ts=min_close_ts,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )
