from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_order_queue_positions_response import GetOrderQueuePositionsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetOrderQueuePositionsResponse] = _rt.Operation(
    "GetOrderQueuePositions",
    {
        200: GetOrderQueuePositionsResponse,
    },
)


def _get_kwargs(
    *,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_tickers"] = market_tickers

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/orders/queue_positions",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderQueuePositionsResponse]:
    """Get Queue Positions for Orders

     Returns the queue position of each of the caller's resting orders, optionally only in some markets
    or one event.

    Args:
        market_tickers (str | Unset): Only orders in these markets: comma-separated market
            tickers.
        event_ticker (str | Unset): Only orders in this event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderQueuePositionsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            market_tickers=market_tickers,
            event_ticker=event_ticker,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrderQueuePositionsResponse:
    """Get Queue Positions for Orders

     Returns the queue position of each of the caller's resting orders, optionally only in some markets
    or one event.

    Args:
        market_tickers (str | Unset): Only orders in these markets: comma-separated market
            tickers.
        event_ticker (str | Unset): Only orders in this event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderQueuePositionsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            market_tickers=market_tickers,
            event_ticker=event_ticker,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderQueuePositionsResponse]:
    """Get Queue Positions for Orders

     Returns the queue position of each of the caller's resting orders, optionally only in some markets
    or one event.

    Args:
        market_tickers (str | Unset): Only orders in these markets: comma-separated market
            tickers.
        event_ticker (str | Unset): Only orders in this event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetOrderQueuePositionsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            market_tickers=market_tickers,
            event_ticker=event_ticker,
            subaccount=subaccount,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrderQueuePositionsResponse:
    """Get Queue Positions for Orders

     Returns the queue position of each of the caller's resting orders, optionally only in some markets
    or one event.

    Args:
        market_tickers (str | Unset): Only orders in these markets: comma-separated market
            tickers.
        event_ticker (str | Unset): Only orders in this event.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out for the primary account.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetOrderQueuePositionsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            market_tickers=market_tickers,
            event_ticker=event_ticker,
            subaccount=subaccount,
        ),
        _OPERATION,
    )
