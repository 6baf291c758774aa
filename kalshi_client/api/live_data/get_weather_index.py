from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_weather_index_response import GetWeatherIndexResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetWeatherIndexResponse] = _rt.Operation(
    "GetWeatherIndex",
    {
        200: GetWeatherIndexResponse,
    },
)


def _get_kwargs(
    city: str,
    *,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["last_sec"] = last_sec

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/live_data/weather/{city}",
            city=city,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Get Weather Index

     Returns a city's minute-by-minute temperature index, in Fahrenheit, over a time window; minutes
    without a valid value are simply missing.

    Args:
        city (str): Id of the index city, e.g. miami.
        from_ (int | Unset): Window start in Unix milliseconds, inclusive; 24 hours before to when
            left out. Use together with to, unless last_sec is used.
        to (int | Unset): Window end in Unix milliseconds, inclusive; now when left out.
        last_sec (int | Unset): A window of this many seconds up to now; not allowed together with
            from or to.
        detailed (bool | Unset): Add each station's reading to every point.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetWeatherIndexResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            city=city,
            from_=from_,
            to=to,
            last_sec=last_sec,
            detailed=detailed,
        ),
        _OPERATION,
    )


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Get Weather Index

     Returns a city's minute-by-minute temperature index, in Fahrenheit, over a time window; minutes
    without a valid value are simply missing.

    Args:
        city (str): Id of the index city, e.g. miami.
        from_ (int | Unset): Window start in Unix milliseconds, inclusive; 24 hours before to when
            left out. Use together with to, unless last_sec is used.
        to (int | Unset): Window end in Unix milliseconds, inclusive; now when left out.
        last_sec (int | Unset): A window of this many seconds up to now; not allowed together with
            from or to.
        detailed (bool | Unset): Add each station's reading to every point.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetWeatherIndexResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            city=city,
            from_=from_,
            to=to,
            last_sec=last_sec,
            detailed=detailed,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Get Weather Index

     Returns a city's minute-by-minute temperature index, in Fahrenheit, over a time window; minutes
    without a valid value are simply missing.

    Args:
        city (str): Id of the index city, e.g. miami.
        from_ (int | Unset): Window start in Unix milliseconds, inclusive; 24 hours before to when
            left out. Use together with to, unless last_sec is used.
        to (int | Unset): Window end in Unix milliseconds, inclusive; now when left out.
        last_sec (int | Unset): A window of this many seconds up to now; not allowed together with
            from or to.
        detailed (bool | Unset): Add each station's reading to every point.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetWeatherIndexResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            city=city,
            from_=from_,
            to=to,
            last_sec=last_sec,
            detailed=detailed,
        ),
        _OPERATION,
    )


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Get Weather Index

     Returns a city's minute-by-minute temperature index, in Fahrenheit, over a time window; minutes
    without a valid value are simply missing.

    Args:
        city (str): Id of the index city, e.g. miami.
        from_ (int | Unset): Window start in Unix milliseconds, inclusive; 24 hours before to when
            left out. Use together with to, unless last_sec is used.
        to (int | Unset): Window end in Unix milliseconds, inclusive; now when left out.
        last_sec (int | Unset): A window of this many seconds up to now; not allowed together with
            from or to.
        detailed (bool | Unset): Add each station's reading to every point.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetWeatherIndexResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            city=city,
            from_=from_,
            to=to,
            last_sec=last_sec,
            detailed=detailed,
        ),
        _OPERATION,
    )
