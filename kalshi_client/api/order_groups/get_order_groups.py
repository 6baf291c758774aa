from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_order_groups_response import GetOrderGroupsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetOrderGroupsResponse] = _rt.Operation(
    "GetOrderGroups",
    {
        200: GetOrderGroupsResponse,
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
        "method": "get",
        "url": "/portfolio/order_groups",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupsResponse]:
    """Get Order Groups

     Lists the caller's order groups.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderGroupsResponse]
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
) -> GetOrderGroupsResponse:
    """Get Order Groups

     Lists the caller's order groups.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderGroupsResponse
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
) -> Response[GetOrderGroupsResponse]:
    """Get Order Groups

     Lists the caller's order groups.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderGroupsResponse]
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
) -> GetOrderGroupsResponse:
    """Get Order Groups

     Lists the caller's order groups.

    Args:
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderGroupsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            subaccount=subaccount,
        ),
        _OPERATION,
    )
