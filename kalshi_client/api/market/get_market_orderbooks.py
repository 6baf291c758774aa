from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_market_orderbooks_response import GetMarketOrderbooksResponse
from ...types import UNSET, Response

_OPERATION: _rt.Operation[GetMarketOrderbooksResponse] = _rt.Operation(
    "GetMarketOrderbooks",
    {
        200: GetMarketOrderbooksResponse,
    },
)


def _get_kwargs(
    *,
    tickers: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tickers = tickers

    params["tickers"] = json_tickers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/orderbooks",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

     Returns the yes and no bid books of up to 100 markets in one call.

    Args:
        tickers (list[str]): Tickers of the markets whose books you want (1 to 100).

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketOrderbooksResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            tickers=tickers,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Get Multiple Market Orderbooks

     Returns the yes and no bid books of up to 100 markets in one call.

    Args:
        tickers (list[str]): Tickers of the markets whose books you want (1 to 100).

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketOrderbooksResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            tickers=tickers,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

     Returns the yes and no bid books of up to 100 markets in one call.

    Args:
        tickers (list[str]): Tickers of the markets whose books you want (1 to 100).

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketOrderbooksResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            tickers=tickers,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Get Multiple Market Orderbooks

     Returns the yes and no bid books of up to 100 markets in one call.

    Args:
        tickers (list[str]): Tickers of the markets whose books you want (1 to 100).

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketOrderbooksResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            tickers=tickers,
        ),
        _OPERATION,
    )
