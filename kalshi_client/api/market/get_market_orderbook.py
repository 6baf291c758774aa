from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_market_orderbook_response import GetMarketOrderbookResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticker: str,
    *,
    depth: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["depth"] = depth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/{ticker}/orderbook".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarketOrderbookResponse | None:
    if response.is_success:
        try:
            response_200 = GetMarketOrderbookResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMarketOrderbookResponse]:
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
    depth: int | Unset = 0,
) -> Response[GetMarketOrderbookResponse]:
    """Get Market Orderbook

     Returns the resting bids on the yes side and on the no side of one market; a yes bid at price p is
    the same thing as a no ask at 1 - p, so no asks are listed.

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketOrderbookResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
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
    depth: int | Unset = 0,
) -> GetMarketOrderbookResponse:
    """Get Market Orderbook

     Returns the resting bids on the yes side and on the no side of one market; a yes bid at price p is
    the same thing as a no ask at 1 - p, so no asks are listed.

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketOrderbookResponse
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
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
    depth: int | Unset = 0,
) -> Response[GetMarketOrderbookResponse]:
    """Get Market Orderbook

     Returns the resting bids on the yes side and on the no side of one market; a yes bid at price p is
    the same thing as a no ask at 1 - p, so no asks are listed.

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMarketOrderbookResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
) -> GetMarketOrderbookResponse:
    """Get Market Orderbook

     Returns the resting bids on the yes side and on the no side of one market; a yes bid at price p is
    the same thing as a no ask at 1 - p, so no asks are listed.

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMarketOrderbookResponse
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
