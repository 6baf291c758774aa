from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_series_response import GetSeriesResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetSeriesResponse] = _rt.Operation(
    "GetSeries",
    {
        200: GetSeriesResponse,
    },
)


def _get_kwargs(
    series_ticker: str,
    *,
    include_volume: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_volume"] = include_volume

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/series/{series_ticker}",
            series_ticker=series_ticker,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[GetSeriesResponse]:
    """Get Series

     Returns one series, the template that a family of recurring events follows.

    Args:
        series_ticker (str): Ticker of the series.
        include_volume (bool | Unset): Add the volume traded across all of the series' events.
            Default: False.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            include_volume=include_volume,
        ),
        _OPERATION,
    )


def sync(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Get Series

     Returns one series, the template that a family of recurring events follows.

    Args:
        series_ticker (str): Ticker of the series.
        include_volume (bool | Unset): Add the volume traded across all of the series' events.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            include_volume=include_volume,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[GetSeriesResponse]:
    """Get Series

     Returns one series, the template that a family of recurring events follows.

    Args:
        series_ticker (str): Ticker of the series.
        include_volume (bool | Unset): Add the volume traded across all of the series' events.
            Default: False.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            include_volume=include_volume,
        ),
        _OPERATION,
    )


async def asyncio(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Get Series

     Returns one series, the template that a family of recurring events follows.

    Args:
        series_ticker (str): Ticker of the series.
        include_volume (bool | Unset): Add the volume traded across all of the series' events.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            include_volume=include_volume,
        ),
        _OPERATION,
    )
