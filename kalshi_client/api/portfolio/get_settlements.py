from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_settlements_response import GetSettlementsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetSettlementsResponse] = _rt.Operation(
    "GetSettlements",
    {
        200: GetSettlementsResponse,
    },
)


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/settlements",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetSettlementsResponse]:
    """Get Settlements

     Pages through what the caller was paid out when markets settled.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSettlementsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetSettlementsResponse:
    """Get Settlements

     Pages through what the caller was paid out when markets settled.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSettlementsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetSettlementsResponse]:
    """Get Settlements

     Pages through what the caller was paid out when markets settled.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSettlementsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetSettlementsResponse:
    """Get Settlements

     Pages through what the caller was paid out when markets settled.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSettlementsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
        ),
        _OPERATION,
    )
