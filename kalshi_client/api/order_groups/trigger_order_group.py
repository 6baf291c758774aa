from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.empty_response import EmptyResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[EmptyResponse] = _rt.Operation(
    "TriggerOrderGroup",
    {
        200: EmptyResponse,
    },
)


def _get_kwargs(
    order_group_id: str,
    *,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": _rt.path(
            "/portfolio/order_groups/{order_group_id}/trigger",
            order_group_id=order_group_id,
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs.setdefault("json", {})
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Trigger Order Group

     Fires the group by hand: every order in it is cancelled and no new ones are accepted until the group
    is reset.

    Args:
        order_group_id (str): Id of the order group.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Exchange shard to act on; 0 when left out. Example: 0.
        body (EmptyResponse | Unset): Carries nothing, but Kalshi's servers expect a JSON content
            type on these calls, so the client sends `{}` unless told otherwise.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[EmptyResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


def sync(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Trigger Order Group

     Fires the group by hand: every order in it is cancelled and no new ones are accepted until the group
    is reset.

    Args:
        order_group_id (str): Id of the order group.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Exchange shard to act on; 0 when left out. Example: 0.
        body (EmptyResponse | Unset): Carries nothing, but Kalshi's servers expect a JSON content
            type on these calls, so the client sends `{}` unless told otherwise.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        EmptyResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Trigger Order Group

     Fires the group by hand: every order in it is cancelled and no new ones are accepted until the group
    is reset.

    Args:
        order_group_id (str): Id of the order group.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Exchange shard to act on; 0 when left out. Example: 0.
        body (EmptyResponse | Unset): Carries nothing, but Kalshi's servers expect a JSON content
            type on these calls, so the client sends `{}` unless told otherwise.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[EmptyResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )


async def asyncio(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Trigger Order Group

     Fires the group by hand: every order in it is cancelled and no new ones are accepted until the group
    is reset.

    Args:
        order_group_id (str): Id of the order group.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Exchange shard to act on; 0 when left out. Example: 0.
        body (EmptyResponse | Unset): Carries nothing, but Kalshi's servers expect a JSON content
            type on these calls, so the client sends `{}` unless told otherwise.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        EmptyResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        ),
        _OPERATION,
    )
