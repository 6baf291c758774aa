from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_order_group_response import GetOrderGroupResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetOrderGroupResponse] = _rt.Operation(
    "GetOrderGroup",
    {
        200: GetOrderGroupResponse,
    },
)


def _get_kwargs(
    order_group_id: str,
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/portfolio/order_groups/{order_group_id}",
            order_group_id=order_group_id,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupResponse]:
    """Get Order Group

     One order group, with the ids of its orders and whether it auto-cancels.

    Args:
        order_group_id (str): Id of the order group.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderGroupResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            order_group_id=order_group_id,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


def sync(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupResponse:
    """Get Order Group

     One order group, with the ids of its orders and whether it auto-cancels.

    Args:
        order_group_id (str): Id of the order group.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderGroupResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            order_group_id=order_group_id,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupResponse]:
    """Get Order Group

     One order group, with the ids of its orders and whether it auto-cancels.

    Args:
        order_group_id (str): Id of the order group.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderGroupResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            order_group_id=order_group_id,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupResponse:
    """Get Order Group

     One order group, with the ids of its orders and whether it auto-cancels.

    Args:
        order_group_id (str): Id of the order group.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderGroupResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            order_group_id=order_group_id,
            subaccount=subaccount,
        ),
        _OPERATION,
    )
