from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_multivariate_events_response import GetMultivariateEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["series_ticker"] = series_ticker

    params["collection_ticker"] = collection_ticker

    params["with_nested_markets"] = with_nested_markets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/multivariate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMultivariateEventsResponse | None:
    if response.is_success:
        try:
            response_200 = GetMultivariateEventsResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMultivariateEventsResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Response[GetMultivariateEventsResponse]:
    """Get Multivariate Events

     Pages through multivariate (combo) events, filterable by series or by collection.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMultivariateEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> GetMultivariateEventsResponse:
    """Get Multivariate Events

     Pages through multivariate (combo) events, filterable by series or by collection.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMultivariateEventsResponse
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Response[GetMultivariateEventsResponse]:
    """Get Multivariate Events

     Pages through multivariate (combo) events, filterable by series or by collection.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMultivariateEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> GetMultivariateEventsResponse:
    """Get Multivariate Events

     Pages through multivariate (combo) events, filterable by series or by collection.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMultivariateEventsResponse
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
