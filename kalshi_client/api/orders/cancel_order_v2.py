from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.cancel_order_v2_response import CancelOrderV2Response
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[CancelOrderV2Response] = _rt.Operation(
    "CancelOrderV2",
    {
        200: CancelOrderV2Response,
    },
)


def _get_kwargs(
    order_id: str,
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params["market_ticker"] = market_ticker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": _rt.path(
            "/portfolio/events/orders/{order_id}",
            order_id=order_id,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Cancel Order (V2)

     Cancels one order and says how many contracts came off the book; pass market_ticker to have the
    request routed to the right exchange shard.

    Args:
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Exchange shard of the order. Left out, the request is routed
            by market_ticker when that is given and goes to shard 0 otherwise; -1 insists on routing
            by market_ticker. Example: 0.
        market_ticker (str | Unset): Ticker of the order's market; needed for routing when
            exchange_index is left out or -1.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CancelOrderV2Response]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        ),
        _OPERATION,
    )


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Cancel Order (V2)

     Cancels one order and says how many contracts came off the book; pass market_ticker to have the
    request routed to the right exchange shard.

    Args:
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Exchange shard of the order. Left out, the request is routed
            by market_ticker when that is given and goes to shard 0 otherwise; -1 insists on routing
            by market_ticker. Example: 0.
        market_ticker (str | Unset): Ticker of the order's market; needed for routing when
            exchange_index is left out or -1.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CancelOrderV2Response
    """

    return _rt.call(
        client,
        _get_kwargs(
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Cancel Order (V2)

     Cancels one order and says how many contracts came off the book; pass market_ticker to have the
    request routed to the right exchange shard.

    Args:
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Exchange shard of the order. Left out, the request is routed
            by market_ticker when that is given and goes to shard 0 otherwise; -1 insists on routing
            by market_ticker. Example: 0.
        market_ticker (str | Unset): Ticker of the order's market; needed for routing when
            exchange_index is left out or -1.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CancelOrderV2Response]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        ),
        _OPERATION,
    )


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Cancel Order (V2)

     Cancels one order and says how many contracts came off the book; pass market_ticker to have the
    request routed to the right exchange shard.

    Args:
        order_id (str): Id of the order.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.
        exchange_index (int | Unset): Exchange shard of the order. Left out, the request is routed
            by market_ticker when that is given and goes to shard 0 otherwise; -1 insists on routing
            by market_ticker. Example: 0.
        market_ticker (str | Unset): Ticker of the order's market; needed for routing when
            exchange_index is left out or -1.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CancelOrderV2Response
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        ),
        _OPERATION,
    )
