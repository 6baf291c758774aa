from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.intra_exchange_instance_transfer_request import (
    IntraExchangeInstanceTransferRequest,
)
from ...models.intra_exchange_instance_transfer_response import (
    IntraExchangeInstanceTransferResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[IntraExchangeInstanceTransferResponse] = _rt.Operation(
    "IntraExchangeInstanceTransfer",
    {
        200: IntraExchangeInstanceTransferResponse,
    },
)


def _get_kwargs(
    *,
    body: IntraExchangeInstanceTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/intra_exchange_instance_transfer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IntraExchangeInstanceTransferRequest,
) -> Response[IntraExchangeInstanceTransferResponse]:
    """Intra Account Transfer

     Moves funds between exchange instances, shards or subaccounts of one account; it runs
    asynchronously, and steps already done are not undone if a later one fails.

    Args:
        body (IntraExchangeInstanceTransferRequest): The request: a
            IntraExchangeInstanceTransferRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[IntraExchangeInstanceTransferResponse]
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
    body: IntraExchangeInstanceTransferRequest,
) -> IntraExchangeInstanceTransferResponse:
    """Intra Account Transfer

     Moves funds between exchange instances, shards or subaccounts of one account; it runs
    asynchronously, and steps already done are not undone if a later one fails.

    Args:
        body (IntraExchangeInstanceTransferRequest): The request: a
            IntraExchangeInstanceTransferRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        IntraExchangeInstanceTransferResponse
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
    body: IntraExchangeInstanceTransferRequest,
) -> Response[IntraExchangeInstanceTransferResponse]:
    """Intra Account Transfer

     Moves funds between exchange instances, shards or subaccounts of one account; it runs
    asynchronously, and steps already done are not undone if a later one fails.

    Args:
        body (IntraExchangeInstanceTransferRequest): The request: a
            IntraExchangeInstanceTransferRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[IntraExchangeInstanceTransferResponse]
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
    body: IntraExchangeInstanceTransferRequest,
) -> IntraExchangeInstanceTransferResponse:
    """Intra Account Transfer

     Moves funds between exchange instances, shards or subaccounts of one account; it runs
    asynchronously, and steps already done are not undone if a later one fails.

    Args:
        body (IntraExchangeInstanceTransferRequest): The request: a
            IntraExchangeInstanceTransferRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        IntraExchangeInstanceTransferResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
