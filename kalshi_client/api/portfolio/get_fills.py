from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_fills_response import GetFillsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetFillsResponse] = _rt.Operation(
    "GetFills",
    {
        200: GetFillsResponse,
    },
)


from ...models.fill import Fill


def page_items(page: GetFillsResponse) -> list[Fill]:
    """The fills of one page: what ``kalshi_auth.paginate`` yields."""
    return page.fills


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["order_id"] = order_id

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["cursor"] = cursor

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/fills",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetFillsResponse]:
    """Get Fills

     Pages through the caller's fills, i.e. matches of their orders; fills from before the historical
    cutoff are served by GetFillsHistorical.

    Args:
        ticker (str | Unset): Only items for this market.
        order_id (str | Unset): Only items for this order.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.
        exchange_index (int | Unset): Only items on this exchange shard; leave out for every
            shard.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFillsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            ticker=ticker,
            order_id=order_id,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetFillsResponse:
    """Get Fills

     Pages through the caller's fills, i.e. matches of their orders; fills from before the historical
    cutoff are served by GetFillsHistorical.

    Args:
        ticker (str | Unset): Only items for this market.
        order_id (str | Unset): Only items for this order.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.
        exchange_index (int | Unset): Only items on this exchange shard; leave out for every
            shard.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFillsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            ticker=ticker,
            order_id=order_id,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetFillsResponse]:
    """Get Fills

     Pages through the caller's fills, i.e. matches of their orders; fills from before the historical
    cutoff are served by GetFillsHistorical.

    Args:
        ticker (str | Unset): Only items for this market.
        order_id (str | Unset): Only items for this order.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.
        exchange_index (int | Unset): Only items on this exchange shard; leave out for every
            shard.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFillsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            ticker=ticker,
            order_id=order_id,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetFillsResponse:
    """Get Fills

     Pages through the caller's fills, i.e. matches of their orders; fills from before the historical
    cutoff are served by GetFillsHistorical.

    Args:
        ticker (str | Unset): Only items for this market.
        order_id (str | Unset): Only items for this order.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.
        exchange_index (int | Unset): Only items on this exchange shard; leave out for every
            shard.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFillsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            ticker=ticker,
            order_id=order_id,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )
