from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_event_live_data_response import GetEventLiveDataResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetEventLiveDataResponse] = _rt.Operation(
    "GetEventLiveData",
    {
        200: GetEventLiveDataResponse,
    },
)


def _get_kwargs(
    event_ticker: str,
    *,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["range"] = range_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/live_data/events/{event_ticker}",
            event_ticker=event_ticker,
        ),
        "params": params,
    }

    return _kwargs


def sync_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[GetEventLiveDataResponse]:
    """Get Event Live Data

     Returns live data tied to an event, such as price or weather series; its type field says what the
    details hold.

    Args:
        event_ticker (str): Ticker of the event.
        range_ (str | Unset): Chart range such as 15min, 1h or 1d; trims the series where the data
            type supports it.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventLiveDataResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            range_=range_,
        ),
        _OPERATION,
    )


def sync(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Get Event Live Data

     Returns live data tied to an event, such as price or weather series; its type field says what the
    details hold.

    Args:
        event_ticker (str): Ticker of the event.
        range_ (str | Unset): Chart range such as 15min, 1h or 1d; trims the series where the data
            type supports it.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventLiveDataResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            range_=range_,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[GetEventLiveDataResponse]:
    """Get Event Live Data

     Returns live data tied to an event, such as price or weather series; its type field says what the
    details hold.

    Args:
        event_ticker (str): Ticker of the event.
        range_ (str | Unset): Chart range such as 15min, 1h or 1d; trims the series where the data
            type supports it.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventLiveDataResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            range_=range_,
        ),
        _OPERATION,
    )


async def asyncio(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Get Event Live Data

     Returns live data tied to an event, such as price or weather series; its type field says what the
    details hold.

    Args:
        event_ticker (str): Ticker of the event.
        range_ (str | Unset): Chart range such as 15min, 1h or 1d; trims the series where the data
            type supports it.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventLiveDataResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
            range_=range_,
        ),
        _OPERATION,
    )
