from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_event_fee_changes_response import GetEventFeeChangesResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetEventFeeChangesResponse] = _rt.Operation(
    "GetEventFeeChanges",
    {
        200: GetEventFeeChangesResponse,
    },
)


from ...models.event_fee_change import EventFeeChange


def page_items(page: GetEventFeeChangesResponse) -> list[EventFeeChange]:
    """The event_fee_changes of one page: what ``kalshi_auth.paginate`` yields."""
    return page.event_fee_changes


def _get_kwargs(
    *,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_ticker"] = event_ticker

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/fee_changes",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetEventFeeChangesResponse]:
    """Get Event Fee Changes

     Lists scheduled fee overrides for events; an override whose fields are null hands the event back to
    its series' fees.

    Args:
        event_ticker (str | Unset): Only changes for this event.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventFeeChangesResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetEventFeeChangesResponse:
    """Get Event Fee Changes

     Lists scheduled fee overrides for events; an override whose fields are null hands the event back to
    its series' fees.

    Args:
        event_ticker (str | Unset): Only changes for this event.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventFeeChangesResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetEventFeeChangesResponse]:
    """Get Event Fee Changes

     Lists scheduled fee overrides for events; an override whose fields are null hands the event back to
    its series' fees.

    Args:
        event_ticker (str | Unset): Only changes for this event.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventFeeChangesResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetEventFeeChangesResponse:
    """Get Event Fee Changes

     Lists scheduled fee overrides for events; an override whose fields are null hands the event back to
    its series' fees.

    Args:
        event_ticker (str | Unset): Only changes for this event.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventFeeChangesResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )
