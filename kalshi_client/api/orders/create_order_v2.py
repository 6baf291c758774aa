from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.create_order_v2_request import CreateOrderV2Request
from ...models.create_order_v2_response import CreateOrderV2Response
from ...types import Response

_OPERATION: _rt.Operation[CreateOrderV2Response] = _rt.Operation(
    "CreateOrderV2",
    {
        201: CreateOrderV2Response,
    },
)


def _get_kwargs(
    *,
    body: CreateOrderV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response]:
    """Create Order (V2)

     Places an order in the V2 shape: a single book side (bid or ask) and prices as fixed-point dollar
    strings.

    Args:
        body (CreateOrderV2Request): A new order in the V2 shape. Example: {'ticker':
            'KXHIGHNY-26NOV30-T50', 'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'side':
            'bid', 'count': '10.00', 'price': '0.5500', 'time_in_force': 'good_till_canceled',
            'post_only': False, 'self_trade_prevention_type': 'taker_at_cross', 'subaccount': 0,
            'order_group_id': '4556fdc1-431c-454a-9931-ddb6a80c9470'}.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateOrderV2Response]
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
    body: CreateOrderV2Request,
) -> CreateOrderV2Response:
    """Create Order (V2)

     Places an order in the V2 shape: a single book side (bid or ask) and prices as fixed-point dollar
    strings.

    Args:
        body (CreateOrderV2Request): A new order in the V2 shape. Example: {'ticker':
            'KXHIGHNY-26NOV30-T50', 'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'side':
            'bid', 'count': '10.00', 'price': '0.5500', 'time_in_force': 'good_till_canceled',
            'post_only': False, 'self_trade_prevention_type': 'taker_at_cross', 'subaccount': 0,
            'order_group_id': '4556fdc1-431c-454a-9931-ddb6a80c9470'}.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateOrderV2Response
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
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response]:
    """Create Order (V2)

     Places an order in the V2 shape: a single book side (bid or ask) and prices as fixed-point dollar
    strings.

    Args:
        body (CreateOrderV2Request): A new order in the V2 shape. Example: {'ticker':
            'KXHIGHNY-26NOV30-T50', 'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'side':
            'bid', 'count': '10.00', 'price': '0.5500', 'time_in_force': 'good_till_canceled',
            'post_only': False, 'self_trade_prevention_type': 'taker_at_cross', 'subaccount': 0,
            'order_group_id': '4556fdc1-431c-454a-9931-ddb6a80c9470'}.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateOrderV2Response]
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
    body: CreateOrderV2Request,
) -> CreateOrderV2Response:
    """Create Order (V2)

     Places an order in the V2 shape: a single book side (bid or ask) and prices as fixed-point dollar
    strings.

    Args:
        body (CreateOrderV2Request): A new order in the V2 shape. Example: {'ticker':
            'KXHIGHNY-26NOV30-T50', 'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'side':
            'bid', 'count': '10.00', 'price': '0.5500', 'time_in_force': 'good_till_canceled',
            'post_only': False, 'self_trade_prevention_type': 'taker_at_cross', 'subaccount': 0,
            'order_group_id': '4556fdc1-431c-454a-9931-ddb6a80c9470'}.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateOrderV2Response
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
