from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_balance_response import GetBalanceResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetBalanceResponse] = _rt.Operation(
    "GetBalance",
    {
        200: GetBalanceResponse,
    },
)


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/balance",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetBalanceResponse]:
    """Get Balance

     Returns the caller's available balance and portfolio value, summed over all exchange shards unless
    exchange_index names one.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Only count this exchange shard; left out, all shards are
            summed. Example: 0.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetBalanceResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetBalanceResponse:
    """Get Balance

     Returns the caller's available balance and portfolio value, summed over all exchange shards unless
    exchange_index names one.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Only count this exchange shard; left out, all shards are
            summed. Example: 0.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetBalanceResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetBalanceResponse]:
    """Get Balance

     Returns the caller's available balance and portfolio value, summed over all exchange shards unless
    exchange_index names one.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Only count this exchange shard; left out, all shards are
            summed. Example: 0.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetBalanceResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetBalanceResponse:
    """Get Balance

     Returns the caller's available balance and portfolio value, summed over all exchange shards unless
    exchange_index names one.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Only count this exchange shard; left out, all shards are
            summed. Example: 0.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetBalanceResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )
