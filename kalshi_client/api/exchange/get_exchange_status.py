from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.exchange_status import ExchangeStatus
from ...types import Response

_OPERATION: _rt.Operation[ExchangeStatus] = _rt.Operation(
    "GetExchangeStatus",
    {
        200: ExchangeStatus,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/exchange/status",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ExchangeStatus]:
    """Get Exchange Status

     Tells whether the exchange is up and whether trading is allowed right now.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ExchangeStatus]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ExchangeStatus:
    """Get Exchange Status

     Tells whether the exchange is up and whether trading is allowed right now.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ExchangeStatus
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ExchangeStatus]:
    """Get Exchange Status

     Tells whether the exchange is up and whether trading is allowed right now.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ExchangeStatus]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ExchangeStatus:
    """Get Exchange Status

     Tells whether the exchange is up and whether trading is allowed right now.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ExchangeStatus
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
