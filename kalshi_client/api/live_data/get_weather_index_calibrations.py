from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_weather_index_calibrations_response import (
    GetWeatherIndexCalibrationsResponse,
)
from ...types import Response


def _get_kwargs(
    city: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/weather/{city}/calibrations".format(
            city=quote(str(city), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWeatherIndexCalibrationsResponse | None:
    if response.is_success:
        try:
            response_200 = GetWeatherIndexCalibrationsResponse.from_dict(
                response.json()
            )

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWeatherIndexCalibrationsResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

     Returns every configuration a city's weather index has had (station weights and offsets and the city
    reference), oldest first.

    Args:
        city (str):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetWeatherIndexCalibrationsResponse]
    """

    kwargs = _get_kwargs(
        city=city,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Get Weather Index Calibrations

     Returns every configuration a city's weather index has had (station weights and offsets and the city
    reference), oldest first.

    Args:
        city (str):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetWeatherIndexCalibrationsResponse
    """

    kwargs = _get_kwargs(
        city=city,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
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
        city (str):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetWeatherIndexCalibrationsResponse]
    """

    kwargs = _get_kwargs(
        city=city,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Get Weather Index Calibrations

     Returns every configuration a city's weather index has had (station weights and offsets and the city
    reference), oldest first.

    Args:
        city (str):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetWeatherIndexCalibrationsResponse
    """

    kwargs = _get_kwargs(
        city=city,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
