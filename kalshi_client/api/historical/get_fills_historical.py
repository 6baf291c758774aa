from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_fills_response import GetFillsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetFillsResponse] = _rt.Operation(
    "GetFillsHistorical",
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
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["cursor"] = cursor

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/fills",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetFillsResponse]:
    """Get Historical Fills

     Pages through the caller's fills from before the historical cutoff.

    Args:
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

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
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetFillsResponse:
    """Get Historical Fills

     Pages through the caller's fills from before the historical cutoff.

    Args:
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

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
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetFillsResponse]:
    """Get Historical Fills

     Pages through the caller's fills from before the historical cutoff.

    Args:
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

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
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetFillsResponse:
    """Get Historical Fills

     Pages through the caller's fills from before the historical cutoff.

    Args:
        ticker (str | Unset): Only items for this market.
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 1000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

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
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        ),
        _OPERATION,
    )
