from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_event_forecast_percentiles_history_period_interval import (
    GetEventForecastPercentilesHistoryPeriodInterval,
)
from ...models.get_event_forecast_percentiles_history_response import (
    GetEventForecastPercentilesHistoryResponse,
)
from ...types import UNSET, Response
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetEventForecastPercentilesHistoryResponse] = _rt.Operation(
    "GetEventForecastPercentilesHistory",
    {
        200: GetEventForecastPercentilesHistoryResponse,
    },
)


def _get_kwargs(
    series_ticker: str,
    ticker: str,
    *,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_percentiles = percentiles

    params["percentiles"] = json_percentiles

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = _enum_value(
        GetEventForecastPercentilesHistoryPeriodInterval,
        period_interval,
        "period_interval",
    )
    params["period_interval"] = json_period_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/series/{series_ticker}/events/{ticker}/forecast_percentile_history",
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
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> Response[GetEventForecastPercentilesHistoryResponse]:
    """Get Event Forecast Percentile History

     Returns the history of an event's forecast at up to 10 chosen percentiles over a time range.

    Args:
        series_ticker (str): Ticker of the series that holds the event.
        ticker (str): Ticker of the event.
        percentiles (list[int]): Percentiles wanted, each 0 to 9999; 10 at most.
        start_ts (int): Start of the time range, as a Unix timestamp.
        end_ts (int): End of the time range, as a Unix timestamp.
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval): Period length in
            minutes (1, 60 or 1440), or 0 for 5-second periods.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventForecastPercentilesHistoryResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            percentiles=percentiles,
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
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> GetEventForecastPercentilesHistoryResponse:
    """Get Event Forecast Percentile History

     Returns the history of an event's forecast at up to 10 chosen percentiles over a time range.

    Args:
        series_ticker (str): Ticker of the series that holds the event.
        ticker (str): Ticker of the event.
        percentiles (list[int]): Percentiles wanted, each 0 to 9999; 10 at most.
        start_ts (int): Start of the time range, as a Unix timestamp.
        end_ts (int): End of the time range, as a Unix timestamp.
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval): Period length in
            minutes (1, 60 or 1440), or 0 for 5-second periods.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventForecastPercentilesHistoryResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            percentiles=percentiles,
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
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> Response[GetEventForecastPercentilesHistoryResponse]:
    """Get Event Forecast Percentile History

     Returns the history of an event's forecast at up to 10 chosen percentiles over a time range.

    Args:
        series_ticker (str): Ticker of the series that holds the event.
        ticker (str): Ticker of the event.
        percentiles (list[int]): Percentiles wanted, each 0 to 9999; 10 at most.
        start_ts (int): Start of the time range, as a Unix timestamp.
        end_ts (int): End of the time range, as a Unix timestamp.
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval): Period length in
            minutes (1, 60 or 1440), or 0 for 5-second periods.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventForecastPercentilesHistoryResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            percentiles=percentiles,
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
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> GetEventForecastPercentilesHistoryResponse:
    """Get Event Forecast Percentile History

     Returns the history of an event's forecast at up to 10 chosen percentiles over a time range.

    Args:
        series_ticker (str): Ticker of the series that holds the event.
        ticker (str): Ticker of the event.
        percentiles (list[int]): Percentiles wanted, each 0 to 9999; 10 at most.
        start_ts (int): Start of the time range, as a Unix timestamp.
        end_ts (int): End of the time range, as a Unix timestamp.
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval): Period length in
            minutes (1, 60 or 1440), or 0 for 5-second periods.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventForecastPercentilesHistoryResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            ticker=ticker,
            percentiles=percentiles,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        ),
        _OPERATION,
    )
