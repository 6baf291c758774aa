from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...types import Response

_OPERATION: _rt.Operation[None] = _rt.Operation(
    "UpgradeAccountApiUsageLevel",
    {
        201: None,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/api_usage_level/upgrade",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Upgrade Account API Usage Level

     Grants the caller the Advanced API usage level permanently, provided one of their latest 100 orders
    was placed through the API.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient,
) -> None:
    """Upgrade Account API Usage Level

     Grants the caller the Advanced API usage level permanently, provided one of their latest 100 orders
    was placed through the API.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Upgrade Account API Usage Level

     Grants the caller the Advanced API usage level permanently, provided one of their latest 100 orders
    was placed through the API.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> None:
    """Upgrade Account API Usage Level

     Grants the caller the Advanced API usage level permanently, provided one of their latest 100 orders
    was placed through the API.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
