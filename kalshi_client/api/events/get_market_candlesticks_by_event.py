from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_event_candlesticks_response import GetEventCandlesticksResponse
from ...models.get_market_candlesticks_by_event_period_interval import (
    GetMarketCandlesticksByEventPeriodInterval,
)
from ...types import UNSET, Response
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetEventCandlesticksResponse] = _rt.Operation(
    "GetMarketCandlesticksByEvent",
    {
        200: GetEventCandlesticksResponse,
    },
)


def _get_kwargs(
    series_ticker: str,
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval | Literal[1, 60, 1440],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = _enum_value(
        GetMarketCandlesticksByEventPeriodInterval, period_interval, "period_interval"
    )
    params["period_interval"] = json_period_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/series/{series_ticker}/events/{ticker}/candlesticks",
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
    period_interval: GetMarketCandlesticksByEventPeriodInterval | Literal[1, 60, 1440],
) -> Response[GetEventCandlesticksResponse]:
    """Get Event Candlesticks

     Returns candlesticks for every market of one event over a time range.

    Args:
        series_ticker (str): Ticker of the series that holds the event.
        ticker (str): Ticker of the event.
        start_ts (int): Start of the time range, as a Unix timestamp.
        end_ts (int): End of the time range, as a Unix timestamp.
        period_interval (GetMarketCandlesticksByEventPeriodInterval): Length of one candlestick in
            minutes: 1, 60 or 1440.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventCandlesticksResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
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
    period_interval: GetMarketCandlesticksByEventPeriodInterval | Literal[1, 60, 1440],
) -> GetEventCandlesticksResponse:
    """Get Event Candlesticks

     Returns candlesticks for every market of one event over a time range.

    Args:
        series_ticker (str): Ticker of the series that holds the event.
        ticker (str): Ticker of the event.
        start_ts (int): Start of the time range, as a Unix timestamp.
        end_ts (int): End of the time range, as a Unix timestamp.
        period_interval (GetMarketCandlesticksByEventPeriodInterval): Length of one candlestick in
            minutes: 1, 60 or 1440.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventCandlesticksResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
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
    period_interval: GetMarketCandlesticksByEventPeriodInterval | Literal[1, 60, 1440],
) -> Response[GetEventCandlesticksResponse]:
    """Get Event Candlesticks

     Returns candlesticks for every market of one event over a time range.

    Args:
        series_ticker (str): Ticker of the series that holds the event.
        ticker (str): Ticker of the event.
        start_ts (int): Start of the time range, as a Unix timestamp.
        end_ts (int): End of the time range, as a Unix timestamp.
        period_interval (GetMarketCandlesticksByEventPeriodInterval): Length of one candlestick in
            minutes: 1, 60 or 1440.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventCandlesticksResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
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
    period_interval: GetMarketCandlesticksByEventPeriodInterval | Literal[1, 60, 1440],
) -> GetEventCandlesticksResponse:
    """Get Event Candlesticks

     Returns candlesticks for every market of one event over a time range.

    Args:
        series_ticker (str): Ticker of the series that holds the event.
        ticker (str): Ticker of the event.
        start_ts (int): Start of the time range, as a Unix timestamp.
        end_ts (int): End of the time range, as a Unix timestamp.
        period_interval (GetMarketCandlesticksByEventPeriodInterval): Length of one candlestick in
            minutes: 1, 60 or 1440.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventCandlesticksResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        ),
        _OPERATION,
    )
