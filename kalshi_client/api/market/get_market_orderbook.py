from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_market_orderbook_response import GetMarketOrderbookResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetMarketOrderbookResponse] = _rt.Operation(
    "GetMarketOrderbook",
    {
        200: GetMarketOrderbookResponse,
    },
)


def _get_kwargs(
    ticker: str,
    *,
    depth: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["depth"] = depth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/markets/{ticker}/orderbook",
            ticker=ticker,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
) -> Response[GetMarketOrderbookResponse]:
    """Get Market Orderbook

     Returns the resting bids on the yes side and on the no side of one market; a yes bid at price p is
    the same thing as a no ask at 1 - p, so no asks are listed.

    Args:
        ticker (str): Ticker of the market.
        depth (int | Unset): Price levels per side, 1 to 100; 0 gives every level. Default: 0.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketOrderbookResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            ticker=ticker,
            depth=depth,
        ),
        _OPERATION,
    )


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
) -> GetMarketOrderbookResponse:
    """Get Market Orderbook

     Returns the resting bids on the yes side and on the no side of one market; a yes bid at price p is
    the same thing as a no ask at 1 - p, so no asks are listed.

    Args:
        ticker (str): Ticker of the market.
        depth (int | Unset): Price levels per side, 1 to 100; 0 gives every level. Default: 0.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketOrderbookResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            ticker=ticker,
            depth=depth,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
) -> Response[GetMarketOrderbookResponse]:
    """Get Market Orderbook

     Returns the resting bids on the yes side and on the no side of one market; a yes bid at price p is
    the same thing as a no ask at 1 - p, so no asks are listed.

    Args:
        ticker (str): Ticker of the market.
        depth (int | Unset): Price levels per side, 1 to 100; 0 gives every level. Default: 0.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketOrderbookResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            ticker=ticker,
            depth=depth,
        ),
        _OPERATION,
    )


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
) -> GetMarketOrderbookResponse:
    """Get Market Orderbook

     Returns the resting bids on the yes side and on the no side of one market; a yes bid at price p is
    the same thing as a no ask at 1 - p, so no asks are listed.

    Args:
        ticker (str): Ticker of the market.
        depth (int | Unset): Price levels per side, 1 to 100; 0 gives every level. Default: 0.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketOrderbookResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            ticker=ticker,
            depth=depth,
        ),
        _OPERATION,
    )
