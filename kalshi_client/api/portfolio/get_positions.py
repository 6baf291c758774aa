from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_positions_response import GetPositionsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetPositionsResponse] = _rt.Operation(
    "GetPositions",
    {
        200: GetPositionsResponse,
    },
)


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["count_filter"] = count_filter

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/positions",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Get Positions

     Pages through the caller's market and event positions; partners holding a user's OAuth token with
    the read::compliance_partner scope may call it too.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

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
            cursor=cursor,
            limit=limit,
            count_filter=count_filter,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetPositionsResponse:
    """Get Positions

     Pages through the caller's market and event positions; partners holding a user's OAuth token with
    the read::compliance_partner scope may call it too.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

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
            cursor=cursor,
            limit=limit,
            count_filter=count_filter,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Get Positions

     Pages through the caller's market and event positions; partners holding a user's OAuth token with
    the read::compliance_partner scope may call it too.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

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
            cursor=cursor,
            limit=limit,
            count_filter=count_filter,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetPositionsResponse:
    """Get Positions

     Pages through the caller's market and event positions; partners holding a user's OAuth token with
    the read::compliance_partner scope may call it too.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

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
            cursor=cursor,
            limit=limit,
            count_filter=count_filter,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )
