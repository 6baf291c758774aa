from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_fcm_orders_status import GetFcmOrdersStatus
from ...models.get_orders_response import GetOrdersResponse
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetOrdersResponse] = _rt.Operation(
    "GetFCMOrders",
    {
        200: GetOrdersResponse,
    },
)


from ...models.order import Order


def page_items(page: GetOrdersResponse) -> list[Order]:
    """The orders of one page: what ``kalshi_auth.paginate`` yields."""
    return page.orders


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params["client_order_ids"] = client_order_ids

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = _enum_value(GetFcmOrdersStatus, status, "status")

    params["status"] = json_status

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/orders",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """Get FCM Orders

     Returns orders of the calling FCM's subtraders, picked by subtrader id, client order ids or both.

    Args:
        subtrader_id (str | Unset): Only this subtrader's orders. Needed unless client_order_ids
            is given; a key bound to a subtrader defaults to it and may not name another.
        client_order_ids (str | Unset): Only these client order ids, comma-separated, 100 at most.
            Only orders from the last 24 hours are searched; an earlier min_ts is moved up to that.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only orders after this time, as a Unix timestamp.
        max_ts (int | Unset): Only orders before this time, as a Unix timestamp.
        status (GetFcmOrdersStatus | Unset): Only orders in this status.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out).

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrdersResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
            client_order_ids=client_order_ids,
            cursor=cursor,
            event_ticker=event_ticker,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetOrdersResponse:
    """Get FCM Orders

     Returns orders of the calling FCM's subtraders, picked by subtrader id, client order ids or both.

    Args:
        subtrader_id (str | Unset): Only this subtrader's orders. Needed unless client_order_ids
            is given; a key bound to a subtrader defaults to it and may not name another.
        client_order_ids (str | Unset): Only these client order ids, comma-separated, 100 at most.
            Only orders from the last 24 hours are searched; an earlier min_ts is moved up to that.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only orders after this time, as a Unix timestamp.
        max_ts (int | Unset): Only orders before this time, as a Unix timestamp.
        status (GetFcmOrdersStatus | Unset): Only orders in this status.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out).

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrdersResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
            client_order_ids=client_order_ids,
            cursor=cursor,
            event_ticker=event_ticker,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """Get FCM Orders

     Returns orders of the calling FCM's subtraders, picked by subtrader id, client order ids or both.

    Args:
        subtrader_id (str | Unset): Only this subtrader's orders. Needed unless client_order_ids
            is given; a key bound to a subtrader defaults to it and may not name another.
        client_order_ids (str | Unset): Only these client order ids, comma-separated, 100 at most.
            Only orders from the last 24 hours are searched; an earlier min_ts is moved up to that.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only orders after this time, as a Unix timestamp.
        max_ts (int | Unset): Only orders before this time, as a Unix timestamp.
        status (GetFcmOrdersStatus | Unset): Only orders in this status.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out).

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrdersResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
            client_order_ids=client_order_ids,
            cursor=cursor,
            event_ticker=event_ticker,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetOrdersResponse:
    """Get FCM Orders

     Returns orders of the calling FCM's subtraders, picked by subtrader id, client order ids or both.

    Args:
        subtrader_id (str | Unset): Only this subtrader's orders. Needed unless client_order_ids
            is given; a key bound to a subtrader defaults to it and may not name another.
        client_order_ids (str | Unset): Only these client order ids, comma-separated, 100 at most.
            Only orders from the last 24 hours are searched; an earlier min_ts is moved up to that.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only orders after this time, as a Unix timestamp.
        max_ts (int | Unset): Only orders before this time, as a Unix timestamp.
        status (GetFcmOrdersStatus | Unset): Only orders in this status.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out).

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrdersResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
            client_order_ids=client_order_ids,
            cursor=cursor,
            event_ticker=event_ticker,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
        ),
        _OPERATION,
    )
