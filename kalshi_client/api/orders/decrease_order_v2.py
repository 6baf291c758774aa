from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.decrease_order_v2_request import DecreaseOrderV2Request
from ...models.decrease_order_v2_response import DecreaseOrderV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/{order_id}/decrease".format(
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
) -> DecreaseOrderV2Response | None:
    if response.is_success:
        try:
            response_200 = DecreaseOrderV2Response.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DecreaseOrderV2Response]:
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
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[DecreaseOrderV2Response]:
    """Decrease Order (V2)

     Shrinks an order's resting size, by a number of contracts (reduce_by) or to a target size
    (reduce_to); give exactly one of the two.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseOrderV2Request): How far to shrink an order; give exactly one of reduce_by
            and reduce_to.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[DecreaseOrderV2Response]
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
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> DecreaseOrderV2Response:
    """Decrease Order (V2)

     Shrinks an order's resting size, by a number of contracts (reduce_by) or to a target size
    (reduce_to); give exactly one of the two.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseOrderV2Request): How far to shrink an order; give exactly one of reduce_by
            and reduce_to.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        DecreaseOrderV2Response
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
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[DecreaseOrderV2Response]:
    """Decrease Order (V2)

     Shrinks an order's resting size, by a number of contracts (reduce_by) or to a target size
    (reduce_to); give exactly one of the two.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseOrderV2Request): How far to shrink an order; give exactly one of reduce_by
            and reduce_to.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[DecreaseOrderV2Response]
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
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> DecreaseOrderV2Response:
    """Decrease Order (V2)

     Shrinks an order's resting size, by a number of contracts (reduce_by) or to a target size
    (reduce_to); give exactly one of the two.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseOrderV2Request): How far to shrink an order; give exactly one of reduce_by
            and reduce_to.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        DecreaseOrderV2Response
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
