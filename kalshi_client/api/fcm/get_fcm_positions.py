from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_fcm_positions_settlement_status import (
    GetFcmPositionsSettlementStatus,
)
from ...models.get_positions_response import GetPositionsResponse
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetPositionsResponse] = _rt.Operation(
    "GetFCMPositions",
    {
        200: GetPositionsResponse,
    },
)


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["count_filter"] = count_filter

    json_settlement_status: str | Unset = UNSET
    if not isinstance(settlement_status, Unset):
        json_settlement_status = _enum_value(
            GetFcmPositionsSettlementStatus, settlement_status, "settlement_status"
        )

    params["settlement_status"] = json_settlement_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/positions",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Get FCM Positions

     Pages through positions of the calling FCM's subtraders, filterable by subtrader, market and
    settlement status.

    Args:
        subtrader_id (str | Unset): Only this subtrader's positions. Needed unless the key is
            bound to a subtrader, which is then the default and the only one allowed.
        ticker (str | Unset): Only positions in this market.
        event_ticker (str | Unset): Only positions in this event.
        count_filter (str | Unset): Comma-separated field names; only positions where one of them
            is not zero are returned.
        settlement_status (GetFcmPositionsSettlementStatus | Unset): Only markets with this
            settlement status; unsettled when left out.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out).
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetPositionsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
            ticker=ticker,
            event_ticker=event_ticker,
            count_filter=count_filter,
            settlement_status=settlement_status,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Get FCM Positions

     Pages through positions of the calling FCM's subtraders, filterable by subtrader, market and
    settlement status.

    Args:
        subtrader_id (str | Unset): Only this subtrader's positions. Needed unless the key is
            bound to a subtrader, which is then the default and the only one allowed.
        ticker (str | Unset): Only positions in this market.
        event_ticker (str | Unset): Only positions in this event.
        count_filter (str | Unset): Comma-separated field names; only positions where one of them
            is not zero are returned.
        settlement_status (GetFcmPositionsSettlementStatus | Unset): Only markets with this
            settlement status; unsettled when left out.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out).
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetPositionsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
            ticker=ticker,
            event_ticker=event_ticker,
            count_filter=count_filter,
            settlement_status=settlement_status,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Get FCM Positions

     Pages through positions of the calling FCM's subtraders, filterable by subtrader, market and
    settlement status.

    Args:
        subtrader_id (str | Unset): Only this subtrader's positions. Needed unless the key is
            bound to a subtrader, which is then the default and the only one allowed.
        ticker (str | Unset): Only positions in this market.
        event_ticker (str | Unset): Only positions in this event.
        count_filter (str | Unset): Comma-separated field names; only positions where one of them
            is not zero are returned.
        settlement_status (GetFcmPositionsSettlementStatus | Unset): Only markets with this
            settlement status; unsettled when left out.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out).
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetPositionsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
            ticker=ticker,
            event_ticker=event_ticker,
            count_filter=count_filter,
            settlement_status=settlement_status,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Get FCM Positions

     Pages through positions of the calling FCM's subtraders, filterable by subtrader, market and
    settlement status.

    Args:
        subtrader_id (str | Unset): Only this subtrader's positions. Needed unless the key is
            bound to a subtrader, which is then the default and the only one allowed.
        ticker (str | Unset): Only positions in this market.
        event_ticker (str | Unset): Only positions in this event.
        count_filter (str | Unset): Comma-separated field names; only positions where one of them
            is not zero are returned.
        settlement_status (GetFcmPositionsSettlementStatus | Unset): Only markets with this
            settlement status; unsettled when left out.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out).
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetPositionsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
            ticker=ticker,
            event_ticker=event_ticker,
            count_filter=count_filter,
            settlement_status=settlement_status,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )
