from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_event_metadata_response import GetEventMetadataResponse
from ...types import Response

_OPERATION: _rt.Operation[GetEventMetadataResponse] = _rt.Operation(
    "GetEventMetadata",
    {
        200: GetEventMetadataResponse,
    },
)


def _get_kwargs(
    event_ticker: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/events/{event_ticker}/metadata",
            event_ticker=event_ticker,
        ),
    }

    return _kwargs


def sync_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetEventMetadataResponse]:
    """Get Event Metadata

     Returns display metadata for one event: images, settlement sources and per-market details.

    Args:
        event_ticker (str): Ticker of the event.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventMetadataResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
        ),
        _OPERATION,
    )


def sync(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetEventMetadataResponse:
    """Get Event Metadata

     Returns display metadata for one event: images, settlement sources and per-market details.

    Args:
        event_ticker (str): Ticker of the event.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventMetadataResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetEventMetadataResponse]:
    """Get Event Metadata

     Returns display metadata for one event: images, settlement sources and per-market details.

    Args:
        event_ticker (str): Ticker of the event.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetEventMetadataResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
        ),
        _OPERATION,
    )


async def asyncio(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetEventMetadataResponse:
    """Get Event Metadata

     Returns display metadata for one event: images, settlement sources and per-market details.

    Args:
        event_ticker (str): Ticker of the event.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetEventMetadataResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            event_ticker=event_ticker,
        ),
        _OPERATION,
    )
