from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.amend_order_v2_request import AmendOrderV2Request
from ...models.amend_order_v2_response import AmendOrderV2Response
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[AmendOrderV2Response] = _rt.Operation(
    "AmendOrderV2",
    {
        200: AmendOrderV2Response,
    },
)


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
        "url": _rt.path(
            "/portfolio/events/orders/{order_id}/amend",
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
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Amend Order (V2)

     Changes an order's price, total fillable count or expiry; count is the contracts already filled plus
    those that should stay resting.

    Args:
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        body (AmendOrderV2Request): New terms for an existing order, in the V2 shape. Example:
            {'ticker': 'KXHIGHNY-26NOV30-T50', 'side': 'bid', 'price': '0.5600', 'count': '10.00',
            'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'updated_client_order_id':
            '0b9526a0-33f9-4007-95c0-8f321209c64c'}.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[AmendOrderV2Response]
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
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Amend Order (V2)

     Changes an order's price, total fillable count or expiry; count is the contracts already filled plus
    those that should stay resting.

    Args:
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        body (AmendOrderV2Request): New terms for an existing order, in the V2 shape. Example:
            {'ticker': 'KXHIGHNY-26NOV30-T50', 'side': 'bid', 'price': '0.5600', 'count': '10.00',
            'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'updated_client_order_id':
            '0b9526a0-33f9-4007-95c0-8f321209c64c'}.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        AmendOrderV2Response
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
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Amend Order (V2)

     Changes an order's price, total fillable count or expiry; count is the contracts already filled plus
    those that should stay resting.

    Args:
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        body (AmendOrderV2Request): New terms for an existing order, in the V2 shape. Example:
            {'ticker': 'KXHIGHNY-26NOV30-T50', 'side': 'bid', 'price': '0.5600', 'count': '10.00',
            'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'updated_client_order_id':
            '0b9526a0-33f9-4007-95c0-8f321209c64c'}.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[AmendOrderV2Response]
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
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Amend Order (V2)

     Changes an order's price, total fillable count or expiry; count is the contracts already filled plus
    those that should stay resting.

    Args:
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        body (AmendOrderV2Request): New terms for an existing order, in the V2 shape. Example:
            {'ticker': 'KXHIGHNY-26NOV30-T50', 'side': 'bid', 'price': '0.5600', 'count': '10.00',
            'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'updated_client_order_id':
            '0b9526a0-33f9-4007-95c0-8f321209c64c'}.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        AmendOrderV2Response
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
