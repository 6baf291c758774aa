from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_positions_response import GetPositionsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetPositionsResponse] = _rt.Operation(
    "GetHistoricalPositions",
    {
        200: GetPositionsResponse,
    },
)


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/positions",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Get Historical Positions

     Pages through the caller's settled positions that have been moved to the historical store.

    Args:
        ticker (str | Unset): Only items for this market.
        event_ticker (str | Unset): Only items for this one event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

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
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Get Historical Positions

     Pages through the caller's settled positions that have been moved to the historical store.

    Args:
        ticker (str | Unset): Only items for this market.
        event_ticker (str | Unset): Only items for this one event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

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
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Get Historical Positions

     Pages through the caller's settled positions that have been moved to the historical store.

    Args:
        ticker (str | Unset): Only items for this market.
        event_ticker (str | Unset): Only items for this one event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

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
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Get Historical Positions

     Pages through the caller's settled positions that have been moved to the historical store.

    Args:
        ticker (str | Unset): Only items for this market.
        event_ticker (str | Unset): Only items for this one event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

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
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )
