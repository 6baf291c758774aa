from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.apply_subaccount_transfer_request import ApplySubaccountTransferRequest
from ...models.apply_subaccount_transfer_response import ApplySubaccountTransferResponse
from ...types import Response

_OPERATION: _rt.Operation[ApplySubaccountTransferResponse] = _rt.Operation(
    "ApplySubaccountTransfer",
    {
        200: ApplySubaccountTransferResponse,
    },
)


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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplySubaccountTransferRequest,
) -> Response[ApplySubaccountTransferResponse]:
    """Transfer Between Subaccounts

     Moves cash between two of the caller's subaccounts (0 is the primary account).

    Args:
        body (ApplySubaccountTransferRequest): The request: a ApplySubaccountTransferRequest, its
            fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ApplySubaccountTransferResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: ApplySubaccountTransferRequest,
) -> ApplySubaccountTransferResponse:
    """Transfer Between Subaccounts

     Moves cash between two of the caller's subaccounts (0 is the primary account).

    Args:
        body (ApplySubaccountTransferRequest): The request: a ApplySubaccountTransferRequest, its
            fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ApplySubaccountTransferResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplySubaccountTransferRequest,
) -> Response[ApplySubaccountTransferResponse]:
    """Transfer Between Subaccounts

     Moves cash between two of the caller's subaccounts (0 is the primary account).

    Args:
        body (ApplySubaccountTransferRequest): The request: a ApplySubaccountTransferRequest, its
            fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ApplySubaccountTransferResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApplySubaccountTransferRequest,
) -> ApplySubaccountTransferResponse:
    """Transfer Between Subaccounts

     Moves cash between two of the caller's subaccounts (0 is the primary account).

    Args:
        body (ApplySubaccountTransferRequest): The request: a ApplySubaccountTransferRequest, its
            fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ApplySubaccountTransferResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
