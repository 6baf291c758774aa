from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_market_response import GetMarketResponse
from ...types import Response

_OPERATION: _rt.Operation[GetMarketResponse] = _rt.Operation(
    "GetHistoricalMarket",
    {
        200: GetMarketResponse,
    },
)


def _get_kwargs(
    ticker: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/historical/markets/{ticker}",
            ticker=ticker,
        ),
    }

    return _kwargs


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetMarketResponse]:
    """Get Historical Market

     Returns one market from the historical store by its ticker.

    Args:
        ticker (str): Ticker of the market.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            ticker=ticker,
        ),
        _OPERATION,
    )


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetMarketResponse:
    """Get Historical Market

     Returns one market from the historical store by its ticker.

    Args:
        ticker (str): Ticker of the market.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            ticker=ticker,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetMarketResponse]:
    """Get Historical Market

     Returns one market from the historical store by its ticker.

    Args:
        ticker (str): Ticker of the market.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            ticker=ticker,
        ),
        _OPERATION,
    )


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetMarketResponse:
    """Get Historical Market

     Returns one market from the historical store by its ticker.

    Args:
        ticker (str): Ticker of the market.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            ticker=ticker,
        ),
        _OPERATION,
    )
