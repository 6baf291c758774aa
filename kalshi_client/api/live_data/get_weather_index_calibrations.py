from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_weather_index_calibrations_response import (
    GetWeatherIndexCalibrationsResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[GetWeatherIndexCalibrationsResponse] = _rt.Operation(
    "GetWeatherIndexCalibrations",
    {
        200: GetWeatherIndexCalibrationsResponse,
    },
)


def _get_kwargs(
    city: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/live_data/weather/{city}/calibrations",
            city=city,
        ),
    }

    return _kwargs


def sync_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

     Returns every configuration a city's weather index has had (station weights and offsets and the city
    reference), oldest first.

    Args:
        city (str): Id of the index city, e.g. miami.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetWeatherIndexCalibrationsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            city=city,
        ),
        _OPERATION,
    )


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Get Weather Index Calibrations

     Returns every configuration a city's weather index has had (station weights and offsets and the city
    reference), oldest first.

    Args:
        city (str): Id of the index city, e.g. miami.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetWeatherIndexCalibrationsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            city=city,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

     Returns every configuration a city's weather index has had (station weights and offsets and the city
    reference), oldest first.

    Args:
        city (str): Id of the index city, e.g. miami.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetWeatherIndexCalibrationsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            city=city,
        ),
        _OPERATION,
    )


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Get Weather Index Calibrations

     Returns every configuration a city's weather index has had (station weights and offsets and the city
    reference), oldest first.

    Args:
        city (str): Id of the index city, e.g. miami.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetWeatherIndexCalibrationsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            city=city,
        ),
        _OPERATION,
    )
