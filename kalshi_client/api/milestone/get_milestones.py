import datetime
from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_milestones_response import GetMilestonesResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetMilestonesResponse] = _rt.Operation(
    "GetMilestones",
    {
        200: GetMilestonesResponse,
    },
)


from ...models.milestone import Milestone


def page_items(page: GetMilestonesResponse) -> list[Milestone]:
    """The milestones of one page: what ``kalshi_auth.paginate`` yields."""
    return page.milestones


def _get_kwargs(
    *,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_minimum_start_date: str | Unset = UNSET
    if not isinstance(minimum_start_date, Unset):
        json_minimum_start_date = minimum_start_date.isoformat()
    params["minimum_start_date"] = json_minimum_start_date

    params["category"] = category

    params["competition"] = competition

    params["source_id"] = source_id

    params["type"] = type_

    params["related_event_ticker"] = related_event_ticker

    params["cursor"] = cursor

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/milestones",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetMilestonesResponse]:
    """Get Milestones

     Pages through milestones, filterable by category, competition, type, source, related event and start
    date.

    Args:
        limit (int): Page size, 1 to 500.
        minimum_start_date (datetime.datetime | Unset): Only milestones starting at or after this
            time (RFC 3339).
        category (str | Unset): Only milestones in this category, e.g. Sports or Elections.
            Example: Elections.
        competition (str | Unset): Only milestones in this competition, e.g. Pro Football.
            Example: Pro Baseball.
        source_id (str | Unset): Only milestones with this source id.
        type_ (str | Unset): Only milestones of this type, e.g. football_game. Example:
            political_race.
        related_event_ticker (str | Unset): Only milestones related to this event.
        cursor (str | Unset): The cursor from the previous page's response.
        min_updated_ts (int | Unset): Only milestones whose metadata changed after this time, in
            Unix seconds.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMilestonesResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Get Milestones

     Pages through milestones, filterable by category, competition, type, source, related event and start
    date.

    Args:
        limit (int): Page size, 1 to 500.
        minimum_start_date (datetime.datetime | Unset): Only milestones starting at or after this
            time (RFC 3339).
        category (str | Unset): Only milestones in this category, e.g. Sports or Elections.
            Example: Elections.
        competition (str | Unset): Only milestones in this competition, e.g. Pro Football.
            Example: Pro Baseball.
        source_id (str | Unset): Only milestones with this source id.
        type_ (str | Unset): Only milestones of this type, e.g. football_game. Example:
            political_race.
        related_event_ticker (str | Unset): Only milestones related to this event.
        cursor (str | Unset): The cursor from the previous page's response.
        min_updated_ts (int | Unset): Only milestones whose metadata changed after this time, in
            Unix seconds.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMilestonesResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetMilestonesResponse]:
    """Get Milestones

     Pages through milestones, filterable by category, competition, type, source, related event and start
    date.

    Args:
        limit (int): Page size, 1 to 500.
        minimum_start_date (datetime.datetime | Unset): Only milestones starting at or after this
            time (RFC 3339).
        category (str | Unset): Only milestones in this category, e.g. Sports or Elections.
            Example: Elections.
        competition (str | Unset): Only milestones in this competition, e.g. Pro Football.
            Example: Pro Baseball.
        source_id (str | Unset): Only milestones with this source id.
        type_ (str | Unset): Only milestones of this type, e.g. football_game. Example:
            political_race.
        related_event_ticker (str | Unset): Only milestones related to this event.
        cursor (str | Unset): The cursor from the previous page's response.
        min_updated_ts (int | Unset): Only milestones whose metadata changed after this time, in
            Unix seconds.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMilestonesResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Get Milestones

     Pages through milestones, filterable by category, competition, type, source, related event and start
    date.

    Args:
        limit (int): Page size, 1 to 500.
        minimum_start_date (datetime.datetime | Unset): Only milestones starting at or after this
            time (RFC 3339).
        category (str | Unset): Only milestones in this category, e.g. Sports or Elections.
            Example: Elections.
        competition (str | Unset): Only milestones in this competition, e.g. Pro Football.
            Example: Pro Baseball.
        source_id (str | Unset): Only milestones with this source id.
        type_ (str | Unset): Only milestones of this type, e.g. football_game. Example:
            political_race.
        related_event_ticker (str | Unset): Only milestones related to this event.
        cursor (str | Unset): The cursor from the previous page's response.
        min_updated_ts (int | Unset): Only milestones whose metadata changed after this time, in
            Unix seconds.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMilestonesResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
        ),
        _OPERATION,
    )
