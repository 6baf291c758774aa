from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.batch_get_market_candlesticks_response import (
    BatchGetMarketCandlesticksResponse,
)
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[BatchGetMarketCandlesticksResponse] = _rt.Operation(
    "BatchGetMarketCandlesticks",
    {
        200: BatchGetMarketCandlesticksResponse,
    },
)


def _get_kwargs(
    *,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_tickers"] = market_tickers

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params["period_interval"] = period_interval

    params["include_latest_before_start"] = include_latest_before_start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/candlesticks",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Response[BatchGetMarketCandlesticksResponse]:
    """Batch Get Market Candlesticks

     Returns candlesticks for up to 100 markets at once, at most 10,000 in total.

    Args:
        market_tickers (str): Comma-separated market tickers, 100 at most.
        start_ts (int): Start of the time range, in Unix seconds.
        end_ts (int): End of the time range, in Unix seconds.
        period_interval (int): Length of one candlestick in minutes.
        include_latest_before_start (bool | Unset): Put one extra candlestick first, carried
            forward from the last real one before start_ts, so prices continue into the range.
            Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[BatchGetMarketCandlesticksResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            market_tickers=market_tickers,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> BatchGetMarketCandlesticksResponse:
    """Batch Get Market Candlesticks

     Returns candlesticks for up to 100 markets at once, at most 10,000 in total.

    Args:
        market_tickers (str): Comma-separated market tickers, 100 at most.
        start_ts (int): Start of the time range, in Unix seconds.
        end_ts (int): End of the time range, in Unix seconds.
        period_interval (int): Length of one candlestick in minutes.
        include_latest_before_start (bool | Unset): Put one extra candlestick first, carried
            forward from the last real one before start_ts, so prices continue into the range.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        BatchGetMarketCandlesticksResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            market_tickers=market_tickers,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Response[BatchGetMarketCandlesticksResponse]:
    """Batch Get Market Candlesticks

     Returns candlesticks for up to 100 markets at once, at most 10,000 in total.

    Args:
        market_tickers (str): Comma-separated market tickers, 100 at most.
        start_ts (int): Start of the time range, in Unix seconds.
        end_ts (int): End of the time range, in Unix seconds.
        period_interval (int): Length of one candlestick in minutes.
        include_latest_before_start (bool | Unset): Put one extra candlestick first, carried
            forward from the last real one before start_ts, so prices continue into the range.
            Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[BatchGetMarketCandlesticksResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            market_tickers=market_tickers,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> BatchGetMarketCandlesticksResponse:
    """Batch Get Market Candlesticks

     Returns candlesticks for up to 100 markets at once, at most 10,000 in total.

    Args:
        market_tickers (str): Comma-separated market tickers, 100 at most.
        start_ts (int): Start of the time range, in Unix seconds.
        end_ts (int): End of the time range, in Unix seconds.
        period_interval (int): Length of one candlestick in minutes.
        include_latest_before_start (bool | Unset): Put one extra candlestick first, carried
            forward from the last real one before start_ts, so prices continue into the range.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        BatchGetMarketCandlesticksResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            market_tickers=market_tickers,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        ),
        _OPERATION,
    )
