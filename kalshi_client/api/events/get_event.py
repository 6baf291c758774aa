from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_event_response import GetEventResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetEventResponse] = _rt.Operation(
    "GetEvent",
    {
        200: GetEventResponse,
    },
)


def _get_kwargs(
    event_ticker: str,
    *,
    with_nested_markets: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_nested_markets"] = with_nested_markets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/events/{event_ticker}",
            event_ticker=event_ticker,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    with_nested_markets: bool | Unset = False,
) -> Response[GetEventResponse]:
    """Get Event

     Returns one event by its ticker, with its markets nested or listed beside it.

    Args:
        event_ticker (str): Ticker of the event.
        with_nested_markets (bool | Unset): Put the markets inside the event object instead of in
            the top-level markets field (markets settled before the historical cutoff are left out).
            Default: False.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            with_nested_markets=with_nested_markets,
        ),
        _OPERATION,
    )


def sync(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    with_nested_markets: bool | Unset = False,
) -> GetEventResponse:
    """Get Event

     Returns one event by its ticker, with its markets nested or listed beside it.

    Args:
        event_ticker (str): Ticker of the event.
        with_nested_markets (bool | Unset): Put the markets inside the event object instead of in
            the top-level markets field (markets settled before the historical cutoff are left out).
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            with_nested_markets=with_nested_markets,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    with_nested_markets: bool | Unset = False,
) -> Response[GetEventResponse]:
    """Get Event

     Returns one event by its ticker, with its markets nested or listed beside it.

    Args:
        event_ticker (str): Ticker of the event.
        with_nested_markets (bool | Unset): Put the markets inside the event object instead of in
            the top-level markets field (markets settled before the historical cutoff are left out).
            Default: False.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            with_nested_markets=with_nested_markets,
        ),
        _OPERATION,
    )


async def asyncio(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    with_nested_markets: bool | Unset = False,
) -> GetEventResponse:
    """Get Event

     Returns one event by its ticker, with its markets nested or listed beside it.

    Args:
        event_ticker (str): Ticker of the event.
        with_nested_markets (bool | Unset): Put the markets inside the event object instead of in
            the top-level markets field (markets settled before the historical cutoff are left out).
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            with_nested_markets=with_nested_markets,
        ),
        _OPERATION,
    )
