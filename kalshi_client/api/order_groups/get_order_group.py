from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_order_group_response import GetOrderGroupResponse
from ...types import UNSET, Response, Unset


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
        "url": "/portfolio/order_groups/{order_group_id}".format(
            order_group_id=quote(str(order_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOrderGroupResponse | None:
    if response.is_success:
        try:
            response_200 = GetOrderGroupResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetOrderGroupResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupResponse]:
    """Get Order Group

     One order group, with the ids of its orders and whether it auto-cancels.

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderGroupResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupResponse:
    """Get Order Group

     One order group, with the ids of its orders and whether it auto-cancels.

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderGroupResponse
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
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
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderGroupResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupResponse:
    """Get Order Group

     One order group, with the ids of its orders and whether it auto-cancels.

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderGroupResponse
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
