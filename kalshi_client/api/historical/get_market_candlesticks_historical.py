from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_market_candlesticks_historical_period_interval import (
    GetMarketCandlesticksHistoricalPeriodInterval,
)
from ...models.get_market_candlesticks_historical_response import (
    GetMarketCandlesticksHistoricalResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = GetMarketCandlesticksHistoricalPeriodInterval(
        period_interval
    ).value
    params["period_interval"] = json_period_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/markets/{ticker}/candlesticks".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarketCandlesticksHistoricalResponse | None:
    if response.is_success:
        try:
            response_200 = GetMarketCandlesticksHistoricalResponse.from_dict(
                response.json()
            )

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

     Returns candlesticks for a market that has been moved to the historical store.

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketCandlesticksHistoricalResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> GetMarketCandlesticksHistoricalResponse:
    """Get Historical Market Candlesticks

     Returns candlesticks for a market that has been moved to the historical store.

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketCandlesticksHistoricalResponse
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

     Returns candlesticks for a market that has been moved to the historical store.

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketCandlesticksHistoricalResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> GetMarketCandlesticksHistoricalResponse:
    """Get Historical Market Candlesticks

     Returns candlesticks for a market that has been moved to the historical store.

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketCandlesticksHistoricalResponse
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
