from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_market_candlesticks_historical_period_interval import (
    GetMarketCandlesticksHistoricalPeriodInterval,
)
from ...models.get_market_candlesticks_historical_response import (
    GetMarketCandlesticksHistoricalResponse,
)
from ...types import UNSET, Response
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetMarketCandlesticksHistoricalResponse] = _rt.Operation(
    "GetMarketCandlesticksHistorical",
    {
        200: GetMarketCandlesticksHistoricalResponse,
    },
)


def _get_kwargs(
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = _enum_value(
        GetMarketCandlesticksHistoricalPeriodInterval,
        period_interval,
        "period_interval",
    )
    params["period_interval"] = json_period_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/historical/markets/{ticker}/candlesticks",
            ticker=ticker,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

     Returns candlesticks for a market that has been moved to the historical store.

    Args:
        ticker (str): Ticker of the market.
        start_ts (int): Start of the time range, as a Unix timestamp; candlesticks that end at or
            after it are included.
        end_ts (int): End of the time range, as a Unix timestamp; candlesticks that end at or
            before it are included.
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval): Length of one candlestick
            in minutes: 1, 60 or 1440.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketCandlesticksHistoricalResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        ),
        _OPERATION,
    )


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> GetMarketCandlesticksHistoricalResponse:
    """Get Historical Market Candlesticks

     Returns candlesticks for a market that has been moved to the historical store.

    Args:
        ticker (str): Ticker of the market.
        start_ts (int): Start of the time range, as a Unix timestamp; candlesticks that end at or
            after it are included.
        end_ts (int): End of the time range, as a Unix timestamp; candlesticks that end at or
            before it are included.
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval): Length of one candlestick
            in minutes: 1, 60 or 1440.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketCandlesticksHistoricalResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

     Returns candlesticks for a market that has been moved to the historical store.

    Args:
        ticker (str): Ticker of the market.
        start_ts (int): Start of the time range, as a Unix timestamp; candlesticks that end at or
            after it are included.
        end_ts (int): End of the time range, as a Unix timestamp; candlesticks that end at or
            before it are included.
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval): Length of one candlestick
            in minutes: 1, 60 or 1440.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketCandlesticksHistoricalResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        ),
        _OPERATION,
    )


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> GetMarketCandlesticksHistoricalResponse:
    """Get Historical Market Candlesticks

     Returns candlesticks for a market that has been moved to the historical store.

    Args:
        ticker (str): Ticker of the market.
        start_ts (int): Start of the time range, as a Unix timestamp; candlesticks that end at or
            after it are included.
        end_ts (int): End of the time range, as a Unix timestamp; candlesticks that end at or
            before it are included.
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval): Length of one candlestick
            in minutes: 1, 60 or 1440.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketCandlesticksHistoricalResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        ),
        _OPERATION,
    )
