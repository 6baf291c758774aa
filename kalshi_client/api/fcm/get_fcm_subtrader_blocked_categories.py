from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_fcm_subtrader_blocked_categories_response import (
    GetFCMSubtraderBlockedCategoriesResponse,
)
from ...types import UNSET, Response

_OPERATION: _rt.Operation[GetFCMSubtraderBlockedCategoriesResponse] = _rt.Operation(
    "GetFCMSubtraderBlockedCategories",
    {
        200: GetFCMSubtraderBlockedCategoriesResponse,
    },
)


def _get_kwargs(
    *,
    subtrader_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/subtraders/blocked_categories",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str,
) -> Response[GetFCMSubtraderBlockedCategoriesResponse]:
    """Get FCM Subtrader Blocked Categories

     Lists the event categories that a subtrader is blocked from trading in.

    Args:
        subtrader_id (str): The subtrader, which must belong to the calling FCM.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFCMSubtraderBlockedCategoriesResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str,
) -> GetFCMSubtraderBlockedCategoriesResponse:
    """Get FCM Subtrader Blocked Categories

     Lists the event categories that a subtrader is blocked from trading in.

    Args:
        subtrader_id (str): The subtrader, which must belong to the calling FCM.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFCMSubtraderBlockedCategoriesResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str,
) -> Response[GetFCMSubtraderBlockedCategoriesResponse]:
    """Get FCM Subtrader Blocked Categories

     Lists the event categories that a subtrader is blocked from trading in.

    Args:
        subtrader_id (str): The subtrader, which must belong to the calling FCM.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFCMSubtraderBlockedCategoriesResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str,
) -> GetFCMSubtraderBlockedCategoriesResponse:
    """Get FCM Subtrader Blocked Categories

     Lists the event categories that a subtrader is blocked from trading in.

    Args:
        subtrader_id (str): The subtrader, which must belong to the calling FCM.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFCMSubtraderBlockedCategoriesResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
        ),
        _OPERATION,
    )
