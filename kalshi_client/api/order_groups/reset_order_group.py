from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...types import UNSET, Response, Unset


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
        "url": "/portfolio/order_groups/{order_group_id}/reset".format(
            order_group_id=quote(str(order_group_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs.setdefault("json", {})
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | None:
    if response.is_success:
        try:
            response_200 = EmptyResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyResponse]:
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
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Reset Order Group

     Sets the group's matched-contracts counter back to zero so that orders can be placed in it again
    after its limit was hit.

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset): Number of an exchange shard. Example: 0.
        body (EmptyResponse | Unset): A body with nothing in it.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[EmptyResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
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
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Reset Order Group

     Sets the group's matched-contracts counter back to zero so that orders can be placed in it again
    after its limit was hit.

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset): Number of an exchange shard. Example: 0.
        body (EmptyResponse | Unset): A body with nothing in it.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        EmptyResponse
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
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
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Reset Order Group

     Sets the group's matched-contracts counter back to zero so that orders can be placed in it again
    after its limit was hit.

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset): Number of an exchange shard. Example: 0.
        body (EmptyResponse | Unset): A body with nothing in it.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[EmptyResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Reset Order Group

     Sets the group's matched-contracts counter back to zero so that orders can be placed in it again
    after its limit was hit.

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset): Number of an exchange shard. Example: 0.
        body (EmptyResponse | Unset): A body with nothing in it.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        EmptyResponse
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
