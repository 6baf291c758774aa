from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.create_order_group_request import CreateOrderGroupRequest
from ...models.create_order_group_response import CreateOrderGroupResponse
from ...types import Response

_OPERATION: _rt.Operation[CreateOrderGroupResponse] = _rt.Operation(
    "CreateOrderGroup",
    {
        201: CreateOrderGroupResponse,
    },
)


def _get_kwargs(
    *,
    body: CreateOrderGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/order_groups/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderGroupRequest,
) -> Response[CreateOrderGroupResponse]:
    """Create Order Group

     Makes a new order group whose contracts limit applies over a rolling 15-second window. Once the
    limit is reached every order in the group is cancelled and the group accepts no new orders until it
    is reset.

    Args:
        body (CreateOrderGroupRequest): The request: a CreateOrderGroupRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateOrderGroupResponse]
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
    body: CreateOrderGroupRequest,
) -> CreateOrderGroupResponse:
    """Create Order Group

     Makes a new order group whose contracts limit applies over a rolling 15-second window. Once the
    limit is reached every order in the group is cancelled and the group accepts no new orders until it
    is reset.

    Args:
        body (CreateOrderGroupRequest): The request: a CreateOrderGroupRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateOrderGroupResponse
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
    body: CreateOrderGroupRequest,
) -> Response[CreateOrderGroupResponse]:
    """Create Order Group

     Makes a new order group whose contracts limit applies over a rolling 15-second window. Once the
    limit is reached every order in the group is cancelled and the group accepts no new orders until it
    is reset.

    Args:
        body (CreateOrderGroupRequest): The request: a CreateOrderGroupRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateOrderGroupResponse]
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
    body: CreateOrderGroupRequest,
) -> CreateOrderGroupResponse:
    """Create Order Group

     Makes a new order group whose contracts limit applies over a rolling 15-second window. Once the
    limit is reached every order in the group is cancelled and the group accepts no new orders until it
    is reset.

    Args:
        body (CreateOrderGroupRequest): The request: a CreateOrderGroupRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateOrderGroupResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
