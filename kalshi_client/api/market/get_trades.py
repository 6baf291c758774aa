from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_trades_response import GetTradesResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetTradesResponse] = _rt.Operation(
    "GetTrades",
    {
        200: GetTradesResponse,
    },
)


from ...models.trade import Trade


def page_items(page: GetTradesResponse) -> list[Trade]:
    """The trades of one page: what ``kalshi_auth.paginate`` yields."""
    return page.trades


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["is_block_trade"] = is_block_trade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/trades",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[GetTradesResponse]:
    """Get Trades

     Pages through executed trades in all markets, filterable by market, time range and whether they were
    block trades.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        is_block_trade (bool | Unset): true for block trades only, false for on-book trades only;
            leave out for both.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetTradesResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            is_block_trade=is_block_trade,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> GetTradesResponse:
    """Get Trades

     Pages through executed trades in all markets, filterable by market, time range and whether they were
    block trades.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        is_block_trade (bool | Unset): true for block trades only, false for on-book trades only;
            leave out for both.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetTradesResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            is_block_trade=is_block_trade,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[GetTradesResponse]:
    """Get Trades

     Pages through executed trades in all markets, filterable by market, time range and whether they were
    block trades.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        is_block_trade (bool | Unset): true for block trades only, false for on-book trades only;
            leave out for both.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetTradesResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            is_block_trade=is_block_trade,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> GetTradesResponse:
    """Get Trades

     Pages through executed trades in all markets, filterable by market, time range and whether they were
    block trades.

    Args:
        limit (int | Unset): Page size, 0 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        is_block_trade (bool | Unset): true for block trades only, false for on-book trades only;
            leave out for both.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetTradesResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            is_block_trade=is_block_trade,
        ),
        _OPERATION,
    )
