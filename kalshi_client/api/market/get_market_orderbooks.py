from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_market_orderbooks_response import GetMarketOrderbooksResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    tickers: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tickers = tickers

    params["tickers"] = json_tickers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/orderbooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarketOrderbooksResponse | None:
    if response.is_success:
        try:
            response_200 = GetMarketOrderbooksResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMarketOrderbooksResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

     Returns the yes and no bid books of up to 100 markets in one call.

    Args:
        tickers (list[str]):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketOrderbooksResponse]
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Get Multiple Market Orderbooks

     Returns the yes and no bid books of up to 100 markets in one call.

    Args:
        tickers (list[str]):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketOrderbooksResponse
    """

    kwargs = _get_kwargs(
        tickers=tickers,
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
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

     Returns the yes and no bid books of up to 100 markets in one call.

    Args:
        tickers (list[str]):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketOrderbooksResponse]
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Get Multiple Market Orderbooks

     Returns the yes and no bid books of up to 100 markets in one call.

    Args:
        tickers (list[str]):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketOrderbooksResponse
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
