from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.create_subaccount_request import CreateSubaccountRequest
from ...models.create_subaccount_response import CreateSubaccountResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateSubaccountRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/subaccounts",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs.setdefault("json", {})
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSubaccountResponse | None:
    if response.is_success:
        try:
            response_201 = CreateSubaccountResponse.from_dict(response.json())

            return response_201

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateSubaccountResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSubaccountRequest | Unset = UNSET,
) -> Response[CreateSubaccountResponse]:
    """Create Subaccount

     Opens the caller's next numbered subaccount; up to 63 can exist beside the primary account.

    Args:
        body (CreateSubaccountRequest | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateSubaccountResponse]
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
    body: CreateSubaccountRequest | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Create Subaccount

     Opens the caller's next numbered subaccount; up to 63 can exist beside the primary account.

    Args:
        body (CreateSubaccountRequest | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateSubaccountResponse
    """

    kwargs = _get_kwargs(
        body=body,
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
    client: AuthenticatedClient,
    body: CreateSubaccountRequest | Unset = UNSET,
) -> Response[CreateSubaccountResponse]:
    """Create Subaccount

     Opens the caller's next numbered subaccount; up to 63 can exist beside the primary account.

    Args:
        body (CreateSubaccountRequest | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateSubaccountResponse]
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
    body: CreateSubaccountRequest | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Create Subaccount

     Opens the caller's next numbered subaccount; up to 63 can exist beside the primary account.

    Args:
        body (CreateSubaccountRequest | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateSubaccountResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
