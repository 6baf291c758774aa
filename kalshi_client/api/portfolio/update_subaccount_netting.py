from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.update_subaccount_netting_request import UpdateSubaccountNettingRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateSubaccountNettingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/portfolio/subaccounts/netting",
    }

    _kwargs["json"] = body.to_dict()

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
    *,
    client: AuthenticatedClient,
    body: UpdateSubaccountNettingRequest,
) -> Response[None]:
    """Update Subaccount Netting

     Turns netting on or off for one of the caller's subaccounts (0 is the primary account).

    Args:
        body (UpdateSubaccountNettingRequest):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateSubaccountNettingRequest,
) -> None:
    """Update Subaccount Netting

     Turns netting on or off for one of the caller's subaccounts (0 is the primary account).

    Args:
        body (UpdateSubaccountNettingRequest):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    _kalshi.raise_for_status(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSubaccountNettingRequest,
) -> Response[None]:
    """Update Subaccount Netting

     Turns netting on or off for one of the caller's subaccounts (0 is the primary account).

    Args:
        body (UpdateSubaccountNettingRequest):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateSubaccountNettingRequest,
) -> None:
    """Update Subaccount Netting

     Turns netting on or off for one of the caller's subaccounts (0 is the primary account).

    Args:
        body (UpdateSubaccountNettingRequest):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    _kalshi.raise_for_status(response)
