from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_market_candlesticks_period_interval import (
    GetMarketCandlesticksPeriodInterval,
)
from ...models.get_market_candlesticks_response import GetMarketCandlesticksResponse
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetMarketCandlesticksResponse] = _rt.Operation(
    "GetMarketCandlesticks",
    {
        200: GetMarketCandlesticksResponse,
    },
)


def _get_kwargs(
    series_ticker: str,
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = _enum_value(
        GetMarketCandlesticksPeriodInterval, period_interval, "period_interval"
    )
    params["period_interval"] = json_period_interval

    params["include_latest_before_start"] = include_latest_before_start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/series/{series_ticker}/markets/{ticker}/candlesticks",
            series_ticker=series_ticker,
            ticker=ticker,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> Response[GetMarketCandlesticksResponse]:
    """Get Market Candlesticks

     Returns candlesticks for one market over a time range in 1-minute, 1-hour or 1-day periods; markets
    settled before the historical cutoff are served by GetMarketCandlesticksHistorical.

    Args:
        series_ticker (str): Ticker of the series that holds the market.
        ticker (str): Ticker of the market.
        start_ts (int): Start of the time range, as a Unix timestamp; candlesticks that end at or
            after it are included.
        end_ts (int): End of the time range, as a Unix timestamp; candlesticks that end at or
            before it are included.
        period_interval (GetMarketCandlesticksPeriodInterval): Length of one candlestick in
            minutes: 1, 60 or 1440.
        include_latest_before_start (bool | Unset): Put one extra candlestick first, carried
            forward from the last real one before start_ts, so prices continue into the range.
            Default: False.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketCandlesticksResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        ),
        _OPERATION,
    )


def sync(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> GetMarketCandlesticksResponse:
    """Get Market Candlesticks

     Returns candlesticks for one market over a time range in 1-minute, 1-hour or 1-day periods; markets
    settled before the historical cutoff are served by GetMarketCandlesticksHistorical.

    Args:
        series_ticker (str): Ticker of the series that holds the market.
        ticker (str): Ticker of the market.
        start_ts (int): Start of the time range, as a Unix timestamp; candlesticks that end at or
            after it are included.
        end_ts (int): End of the time range, as a Unix timestamp; candlesticks that end at or
            before it are included.
        period_interval (GetMarketCandlesticksPeriodInterval): Length of one candlestick in
            minutes: 1, 60 or 1440.
        include_latest_before_start (bool | Unset): Put one extra candlestick first, carried
            forward from the last real one before start_ts, so prices continue into the range.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketCandlesticksResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> Response[GetMarketCandlesticksResponse]:
    """Get Market Candlesticks

     Returns candlesticks for one market over a time range in 1-minute, 1-hour or 1-day periods; markets
    settled before the historical cutoff are served by GetMarketCandlesticksHistorical.

    Args:
        series_ticker (str): Ticker of the series that holds the market.
        ticker (str): Ticker of the market.
        start_ts (int): Start of the time range, as a Unix timestamp; candlesticks that end at or
            after it are included.
        end_ts (int): End of the time range, as a Unix timestamp; candlesticks that end at or
            before it are included.
        period_interval (GetMarketCandlesticksPeriodInterval): Length of one candlestick in
            minutes: 1, 60 or 1440.
        include_latest_before_start (bool | Unset): Put one extra candlestick first, carried
            forward from the last real one before start_ts, so prices continue into the range.
            Default: False.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketCandlesticksResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        ),
        _OPERATION,
    )


async def asyncio(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> GetMarketCandlesticksResponse:
    """Get Market Candlesticks

     Returns candlesticks for one market over a time range in 1-minute, 1-hour or 1-day periods; markets
    settled before the historical cutoff are served by GetMarketCandlesticksHistorical.

    Args:
        series_ticker (str): Ticker of the series that holds the market.
        ticker (str): Ticker of the market.
        start_ts (int): Start of the time range, as a Unix timestamp; candlesticks that end at or
            after it are included.
        end_ts (int): End of the time range, as a Unix timestamp; candlesticks that end at or
            before it are included.
        period_interval (GetMarketCandlesticksPeriodInterval): Length of one candlestick in
            minutes: 1, 60 or 1440.
        include_latest_before_start (bool | Unset): Put one extra candlestick first, carried
            forward from the last real one before start_ts, so prices continue into the range.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketCandlesticksResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        ),
        _OPERATION,
    )
