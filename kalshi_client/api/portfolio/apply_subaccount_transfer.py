from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.apply_subaccount_transfer_request import ApplySubaccountTransferRequest
from ...models.apply_subaccount_transfer_response import ApplySubaccountTransferResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ApplySubaccountTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/subaccounts/transfer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplySubaccountTransferResponse | None:
    if response.is_success:
        try:
            response_200 = ApplySubaccountTransferResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplySubaccountTransferResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplySubaccountTransferRequest,
) -> Response[ApplySubaccountTransferResponse]:
    """Transfer Between Subaccounts

     Moves cash between two of the caller's subaccounts (0 is the primary account).

    Args:
        body (ApplySubaccountTransferRequest):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ApplySubaccountTransferResponse]
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
    body: ApplySubaccountTransferRequest,
) -> ApplySubaccountTransferResponse:
    """Transfer Between Subaccounts

     Moves cash between two of the caller's subaccounts (0 is the primary account).

    Args:
        body (ApplySubaccountTransferRequest):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ApplySubaccountTransferResponse
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
    body: ApplySubaccountTransferRequest,
) -> Response[ApplySubaccountTransferResponse]:
    """Transfer Between Subaccounts

     Moves cash between two of the caller's subaccounts (0 is the primary account).

    Args:
        body (ApplySubaccountTransferRequest):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ApplySubaccountTransferResponse]
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
    body: ApplySubaccountTransferRequest,
) -> ApplySubaccountTransferResponse:
    """Transfer Between Subaccounts

     Moves cash between two of the caller's subaccounts (0 is the primary account).

    Args:
        body (ApplySubaccountTransferRequest):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ApplySubaccountTransferResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
