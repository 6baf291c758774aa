from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[None] = _rt.Operation(
    "CancelAllOrders",
    {
        204: None,
    },
)


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[None]:
    """Cancel All Orders

     Cancels all of the caller's resting orders on every exchange shard, or only one subaccount's when
    subaccount is given; orders placed within a minute after the call may be cancelled too.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

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
            subaccount=subaccount,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> None:
    """Cancel All Orders

     Cancels all of the caller's resting orders on every exchange shard, or only one subaccount's when
    subaccount is given; orders placed within a minute after the call may be cancelled too.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

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
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[None]:
    """Cancel All Orders

     Cancels all of the caller's resting orders on every exchange shard, or only one subaccount's when
    subaccount is given; orders placed within a minute after the call may be cancelled too.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

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
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> None:
    """Cancel All Orders

     Cancels all of the caller's resting orders on every exchange shard, or only one subaccount's when
    subaccount is given; orders placed within a minute after the call may be cancelled too.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

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
            subaccount=subaccount,
        ),
        _OPERATION,
    )
