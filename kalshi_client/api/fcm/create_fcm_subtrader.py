from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.create_fcm_subtrader_request import CreateFCMSubtraderRequest
from ...models.create_fcm_subtrader_response import CreateFCMSubtraderResponse
from ...types import Response

_OPERATION: _rt.Operation[CreateFCMSubtraderResponse] = _rt.Operation(
    "CreateFCMSubtrader",
    {
        201: CreateFCMSubtraderResponse,
    },
)


def _get_kwargs(
    *,
    body: CreateFCMSubtraderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fcm/subtraders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateFCMSubtraderRequest,
) -> Response[CreateFCMSubtraderResponse]:
    """Create FCM Subtrader

     Creates a subtrader for the calling FCM on the event-contract exchange; a subtrader that already
    exists gives 409.

    Args:
        body (CreateFCMSubtraderRequest): The request: a CreateFCMSubtraderRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateFCMSubtraderResponse]
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
    body: CreateFCMSubtraderRequest,
) -> CreateFCMSubtraderResponse:
    """Create FCM Subtrader

     Creates a subtrader for the calling FCM on the event-contract exchange; a subtrader that already
    exists gives 409.

    Args:
        body (CreateFCMSubtraderRequest): The request: a CreateFCMSubtraderRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateFCMSubtraderResponse
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
    body: CreateFCMSubtraderRequest,
) -> Response[CreateFCMSubtraderResponse]:
    """Create FCM Subtrader

     Creates a subtrader for the calling FCM on the event-contract exchange; a subtrader that already
    exists gives 409.

    Args:
        body (CreateFCMSubtraderRequest): The request: a CreateFCMSubtraderRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateFCMSubtraderResponse]
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
    body: CreateFCMSubtraderRequest,
) -> CreateFCMSubtraderResponse:
    """Create FCM Subtrader

     Creates a subtrader for the calling FCM on the event-contract exchange; a subtrader that already
    exists gives 409.

    Args:
        body (CreateFCMSubtraderRequest): The request: a CreateFCMSubtraderRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateFCMSubtraderResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
