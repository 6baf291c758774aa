from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.list_fcm_subtraders_response import ListFCMSubtradersResponse
from ...types import Response

_OPERATION: _rt.Operation[ListFCMSubtradersResponse] = _rt.Operation(
    "ListFCMSubtraders",
    {
        200: ListFCMSubtradersResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/subtraders",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListFCMSubtradersResponse]:
    """List FCM Subtraders

     Lists the calling FCM's event-contract subtraders and whether each is blocked from trading; a new
    account may take a little while to show up.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ListFCMSubtradersResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListFCMSubtradersResponse:
    """List FCM Subtraders

     Lists the calling FCM's event-contract subtraders and whether each is blocked from trading; a new
    account may take a little while to show up.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ListFCMSubtradersResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListFCMSubtradersResponse]:
    """List FCM Subtraders

     Lists the calling FCM's event-contract subtraders and whether each is blocked from trading; a new
    account may take a little while to show up.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ListFCMSubtradersResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListFCMSubtradersResponse:
    """List FCM Subtraders

     Lists the calling FCM's event-contract subtraders and whether each is blocked from trading; a new
    account may take a little while to show up.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ListFCMSubtradersResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
