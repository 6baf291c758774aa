from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_series_fee_changes_response import GetSeriesFeeChangesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["series_ticker"] = series_ticker

    params["show_historical"] = show_historical

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/fee_changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSeriesFeeChangesResponse | None:
    if response.is_success:
        try:
            response_200 = GetSeriesFeeChangesResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSeriesFeeChangesResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[GetSeriesFeeChangesResponse]:
    """Get Series Fee Changes

     Lists scheduled changes to series fees, for one series or all, optionally with past changes too.

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesFeeChangesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Get Series Fee Changes

     Lists scheduled changes to series fees, for one series or all, optionally with past changes too.

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesFeeChangesResponse
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[GetSeriesFeeChangesResponse]:
    """Get Series Fee Changes

     Lists scheduled changes to series fees, for one series or all, optionally with past changes too.

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesFeeChangesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Get Series Fee Changes

     Lists scheduled changes to series fees, for one series or all, optionally with past changes too.

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesFeeChangesResponse
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
