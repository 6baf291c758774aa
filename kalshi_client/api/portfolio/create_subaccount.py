from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.create_subaccount_request import CreateSubaccountRequest
from ...models.create_subaccount_response import CreateSubaccountResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[CreateSubaccountResponse] = _rt.Operation(
    "CreateSubaccount",
    {
        201: CreateSubaccountResponse,
    },
)


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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSubaccountRequest | Unset = UNSET,
) -> Response[CreateSubaccountResponse]:
    """Create Subaccount

     Opens the caller's next numbered subaccount; up to 63 can exist beside the primary account.

    Args:
        body (CreateSubaccountRequest | Unset): The request: a CreateSubaccountRequest, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateSubaccountResponse]
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
    body: CreateSubaccountRequest | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Create Subaccount

     Opens the caller's next numbered subaccount; up to 63 can exist beside the primary account.

    Args:
        body (CreateSubaccountRequest | Unset): The request: a CreateSubaccountRequest, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateSubaccountResponse
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
    body: CreateSubaccountRequest | Unset = UNSET,
) -> Response[CreateSubaccountResponse]:
    """Create Subaccount

     Opens the caller's next numbered subaccount; up to 63 can exist beside the primary account.

    Args:
        body (CreateSubaccountRequest | Unset): The request: a CreateSubaccountRequest, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateSubaccountResponse]
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
    body: CreateSubaccountRequest | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Create Subaccount

     Opens the caller's next numbered subaccount; up to 63 can exist beside the primary account.

    Args:
        body (CreateSubaccountRequest | Unset): The request: a CreateSubaccountRequest, its fields
            as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateSubaccountResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
