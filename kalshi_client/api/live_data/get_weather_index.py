from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_weather_index_response import GetWeatherIndexResponse
from ...types import UNSET, Response, Unset


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
        "url": "/live_data/weather/{city}".format(
            city=quote(str(city), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWeatherIndexResponse | None:
    if response.is_success:
        try:
            response_200 = GetWeatherIndexResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWeatherIndexResponse]:
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
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Get Weather Index

     Returns a city's minute-by-minute temperature index, in Fahrenheit, over a time window; minutes
    without a valid value are simply missing.

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetWeatherIndexResponse]
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
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
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Get Weather Index

     Returns a city's minute-by-minute temperature index, in Fahrenheit, over a time window; minutes
    without a valid value are simply missing.

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetWeatherIndexResponse
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
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
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Get Weather Index

     Returns a city's minute-by-minute temperature index, in Fahrenheit, over a time window; minutes
    without a valid value are simply missing.

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetWeatherIndexResponse]
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


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
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetWeatherIndexResponse
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
