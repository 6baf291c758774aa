from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_subaccount_balances_response import GetSubaccountBalancesResponse
from ...types import Response

_OPERATION: _rt.Operation[GetSubaccountBalancesResponse] = _rt.Operation(
    "GetSubaccountBalances",
    {
        200: GetSubaccountBalancesResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/subaccounts/balances",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetSubaccountBalancesResponse]:
    """Get All Subaccount Balances

     Returns the balance of each of the caller's subaccounts, the primary account included.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSubaccountBalancesResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetSubaccountBalancesResponse:
    """Get All Subaccount Balances

     Returns the balance of each of the caller's subaccounts, the primary account included.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSubaccountBalancesResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetSubaccountBalancesResponse]:
    """Get All Subaccount Balances

     Returns the balance of each of the caller's subaccounts, the primary account included.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSubaccountBalancesResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetSubaccountBalancesResponse:
    """Get All Subaccount Balances

     Returns the balance of each of the caller's subaccounts, the primary account included.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSubaccountBalancesResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
