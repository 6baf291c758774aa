from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.amend_order_v2_request import AmendOrderV2Request
from ...models.amend_order_v2_response import AmendOrderV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/{order_id}/amend".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AmendOrderV2Response | None:
    if response.is_success:
        try:
            response_200 = AmendOrderV2Response.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AmendOrderV2Response]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Amend Order (V2)

     Changes an order's price, total fillable count or expiry; count is the contracts already filled plus
    those that should stay resting.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request): New terms for an existing order, in the V2 shape.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[AmendOrderV2Response]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Amend Order (V2)

     Changes an order's price, total fillable count or expiry; count is the contracts already filled plus
    those that should stay resting.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request): New terms for an existing order, in the V2 shape.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        AmendOrderV2Response
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
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
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Amend Order (V2)

     Changes an order's price, total fillable count or expiry; count is the contracts already filled plus
    those that should stay resting.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request): New terms for an existing order, in the V2 shape.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[AmendOrderV2Response]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Amend Order (V2)

     Changes an order's price, total fillable count or expiry; count is the contracts already filled plus
    those that should stay resting.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request): New terms for an existing order, in the V2 shape.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        AmendOrderV2Response
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
