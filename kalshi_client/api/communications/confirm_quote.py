from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    quote_id: str,
    *,
    body: EmptyResponse | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/communications/quotes/{quote_id}/confirm".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs.setdefault("json", {})
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> None:
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[None]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> Response[None]:
    """Confirm Quote

     Deprecated in favour of ConfirmRFQQuote: confirms a quote that has been accepted.

    Args:
        quote_id (str):
        body (EmptyResponse | Unset): A body with nothing in it.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        body=body,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> None:
    """Confirm Quote

     Deprecated in favour of ConfirmRFQQuote: confirms a quote that has been accepted.

    Args:
        quote_id (str):
        body (EmptyResponse | Unset): A body with nothing in it.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        body=body,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    _kalshi.raise_for_status(response)


async def asyncio_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> Response[None]:
    """Confirm Quote

     Deprecated in favour of ConfirmRFQQuote: confirms a quote that has been accepted.

    Args:
        quote_id (str):
        body (EmptyResponse | Unset): A body with nothing in it.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> None:
    """Confirm Quote

     Deprecated in favour of ConfirmRFQQuote: confirms a quote that has been accepted.

    Args:
        quote_id (str):
        body (EmptyResponse | Unset): A body with nothing in it.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    _kalshi.raise_for_status(response)
