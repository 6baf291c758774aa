from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.update_fcm_subtrader_blocked_categories_request import (
    UpdateFCMSubtraderBlockedCategoriesRequest,
)
from ...models.update_fcm_subtrader_blocked_categories_response import (
    UpdateFCMSubtraderBlockedCategoriesResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[UpdateFCMSubtraderBlockedCategoriesResponse] = _rt.Operation(
    "UpdateFCMSubtraderBlockedCategories",
    {
        200: UpdateFCMSubtraderBlockedCategoriesResponse,
    },
)


def _get_kwargs(
    *,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/fcm/subtraders/blocked_categories",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Response[UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Update FCM Subtrader Blocked Categories

     Blocks or unblocks one event category for a subtrader and returns the whole blocked list; orders
    already resting are left alone.

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest): The request: a
            UpdateFCMSubtraderBlockedCategoriesRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[UpdateFCMSubtraderBlockedCategoriesResponse]
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
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """Update FCM Subtrader Blocked Categories

     Blocks or unblocks one event category for a subtrader and returns the whole blocked list; orders
    already resting are left alone.

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest): The request: a
            UpdateFCMSubtraderBlockedCategoriesRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        UpdateFCMSubtraderBlockedCategoriesResponse
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
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Response[UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Update FCM Subtrader Blocked Categories

     Blocks or unblocks one event category for a subtrader and returns the whole blocked list; orders
    already resting are left alone.

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest): The request: a
            UpdateFCMSubtraderBlockedCategoriesRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[UpdateFCMSubtraderBlockedCategoriesResponse]
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
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """Update FCM Subtrader Blocked Categories

     Blocks or unblocks one event category for a subtrader and returns the whole blocked list; orders
    already resting are left alone.

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest): The request: a
            UpdateFCMSubtraderBlockedCategoriesRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        UpdateFCMSubtraderBlockedCategoriesResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
