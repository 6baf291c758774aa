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
        cursor (str | Unset): The cursor from the previous page's response.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        count_filter (str | Unset): Comma-separated field names out of position and total_traded;
            only positions where one of them is not zero are returned.
        ticker (str | Unset): Only items for this market.
        event_ticker (str | Unset): Only items for this one event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Only items on this exchange shard; leave out for every
            shard.

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
        cursor (str | Unset): The cursor from the previous page's response.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        count_filter (str | Unset): Comma-separated field names out of position and total_traded;
            only positions where one of them is not zero are returned.
        ticker (str | Unset): Only items for this market.
        event_ticker (str | Unset): Only items for this one event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Only items on this exchange shard; leave out for every
            shard.

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
        cursor (str | Unset): The cursor from the previous page's response.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        count_filter (str | Unset): Comma-separated field names out of position and total_traded;
            only positions where one of them is not zero are returned.
        ticker (str | Unset): Only items for this market.
        event_ticker (str | Unset): Only items for this one event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Only items on this exchange shard; leave out for every
            shard.

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
        cursor (str | Unset): The cursor from the previous page's response.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        count_filter (str | Unset): Comma-separated field names out of position and total_traded;
            only positions where one of them is not zero are returned.
        ticker (str | Unset): Only items for this market.
        event_ticker (str | Unset): Only items for this one event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Only items on this exchange shard; leave out for every
            shard.

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
