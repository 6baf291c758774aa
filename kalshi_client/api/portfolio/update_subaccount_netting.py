from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.update_subaccount_netting_request import UpdateSubaccountNettingRequest
from ...types import Response

_OPERATION: _rt.Operation[None] = _rt.Operation(
    "UpdateSubaccountNetting",
    {
        200: None,
    },
)


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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSubaccountNettingRequest,
) -> Response[None]:
    """Update Subaccount Netting

     Turns netting on or off for one of the caller's subaccounts (0 is the primary account).

    Args:
        body (UpdateSubaccountNettingRequest): The request: a UpdateSubaccountNettingRequest, its
            fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
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
    body: UpdateSubaccountNettingRequest,
) -> None:
    """Update Subaccount Netting

     Turns netting on or off for one of the caller's subaccounts (0 is the primary account).

    Args:
        body (UpdateSubaccountNettingRequest): The request: a UpdateSubaccountNettingRequest, its
            fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
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
    body: UpdateSubaccountNettingRequest,
) -> Response[None]:
    """Update Subaccount Netting

     Turns netting on or off for one of the caller's subaccounts (0 is the primary account).

    Args:
        body (UpdateSubaccountNettingRequest): The request: a UpdateSubaccountNettingRequest, its
            fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
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
    body: UpdateSubaccountNettingRequest,
) -> None:
    """Update Subaccount Netting

     Turns netting on or off for one of the caller's subaccounts (0 is the primary account).

    Args:
        body (UpdateSubaccountNettingRequest): The request: a UpdateSubaccountNettingRequest, its
            fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
