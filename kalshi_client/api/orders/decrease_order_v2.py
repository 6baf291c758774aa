from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.decrease_order_v2_request import DecreaseOrderV2Request
from ...models.decrease_order_v2_response import DecreaseOrderV2Response
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[DecreaseOrderV2Response] = _rt.Operation(
    "DecreaseOrderV2",
    {
        200: DecreaseOrderV2Response,
    },
)


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
        "url": _rt.path(
            "/portfolio/events/orders/{order_id}/decrease",
            order_id=order_id,
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


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
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        body (DecreaseOrderV2Request): How far to shrink an order; give exactly one of reduce_by
            and reduce_to. Example: {'reduce_to': '3.00', 'market_ticker': 'KXHIGHNY-26NOV30-T50'}.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[DecreaseOrderV2Response]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            order_id=order_id,
            body=body,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


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
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        body (DecreaseOrderV2Request): How far to shrink an order; give exactly one of reduce_by
            and reduce_to. Example: {'reduce_to': '3.00', 'market_ticker': 'KXHIGHNY-26NOV30-T50'}.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        DecreaseOrderV2Response
    """

    return _rt.call(
        client,
        _get_kwargs(
            order_id=order_id,
            body=body,
            subaccount=subaccount,
        ),
        _OPERATION,
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
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        body (DecreaseOrderV2Request): How far to shrink an order; give exactly one of reduce_by
            and reduce_to. Example: {'reduce_to': '3.00', 'market_ticker': 'KXHIGHNY-26NOV30-T50'}.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[DecreaseOrderV2Response]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            order_id=order_id,
            body=body,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


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
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        body (DecreaseOrderV2Request): How far to shrink an order; give exactly one of reduce_by
            and reduce_to. Example: {'reduce_to': '3.00', 'market_ticker': 'KXHIGHNY-26NOV30-T50'}.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        DecreaseOrderV2Response
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            order_id=order_id,
            body=body,
            subaccount=subaccount,
        ),
        _OPERATION,
    )
