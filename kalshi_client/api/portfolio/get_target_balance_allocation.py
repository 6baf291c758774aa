from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_target_balance_allocation_response import (
    GetTargetBalanceAllocationResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[GetTargetBalanceAllocationResponse] = _rt.Operation(
    "GetTargetBalanceAllocation",
    {
        200: GetTargetBalanceAllocationResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/target_balance_allocation",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetTargetBalanceAllocationResponse]:
    """Get Target Balance Allocation

     Returns how the caller wants their balance split across exchange shards.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetTargetBalanceAllocationResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetTargetBalanceAllocationResponse:
    """Get Target Balance Allocation

     Returns how the caller wants their balance split across exchange shards.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetTargetBalanceAllocationResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetTargetBalanceAllocationResponse]:
    """Get Target Balance Allocation

     Returns how the caller wants their balance split across exchange shards.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetTargetBalanceAllocationResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetTargetBalanceAllocationResponse:
    """Get Target Balance Allocation

     Returns how the caller wants their balance split across exchange shards.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetTargetBalanceAllocationResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
