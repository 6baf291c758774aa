from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_series_response import GetSeriesResponse
from ...types import UNSET, Response, Unset


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
        "url": "/series/{series_ticker}".format(
            series_ticker=quote(str(series_ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSeriesResponse | None:
    if response.is_success:
        try:
            response_200 = GetSeriesResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSeriesResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[GetSeriesResponse]:
    """Get Series

     Returns one series, the template that a family of recurring events follows.

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Get Series

     Returns one series, the template that a family of recurring events follows.

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesResponse
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
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
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Get Series

     Returns one series, the template that a family of recurring events follows.

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesResponse
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
