from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.empty_response import EmptyResponse
from ...models.update_fcm_event_contract_daily_cap_request import (
    UpdateFCMEventContractDailyCapRequest,
)
from ...types import Response

_OPERATION: _rt.Operation[EmptyResponse] = _rt.Operation(
    "UpdateFCMEventContractDailyCap",
    {
        200: EmptyResponse,
    },
)


def _get_kwargs(
    *,
    body: UpdateFCMEventContractDailyCapRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/fcm/subtraders/event_contract_daily_cap",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateFCMEventContractDailyCapRequest,
) -> Response[EmptyResponse]:
    """Update FCM Subtrader Event Contract Daily Cap

     Sets a subtrader's daily premium cap; it applies at once and never cancels orders already resting.

    Args:
        body (UpdateFCMEventContractDailyCapRequest): The request: a
            UpdateFCMEventContractDailyCapRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[EmptyResponse]
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
    body: UpdateFCMEventContractDailyCapRequest,
) -> EmptyResponse:
    """Update FCM Subtrader Event Contract Daily Cap

     Sets a subtrader's daily premium cap; it applies at once and never cancels orders already resting.

    Args:
        body (UpdateFCMEventContractDailyCapRequest): The request: a
            UpdateFCMEventContractDailyCapRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        EmptyResponse
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
    body: UpdateFCMEventContractDailyCapRequest,
) -> Response[EmptyResponse]:
    """Update FCM Subtrader Event Contract Daily Cap

     Sets a subtrader's daily premium cap; it applies at once and never cancels orders already resting.

    Args:
        body (UpdateFCMEventContractDailyCapRequest): The request: a
            UpdateFCMEventContractDailyCapRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[EmptyResponse]
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
    body: UpdateFCMEventContractDailyCapRequest,
) -> EmptyResponse:
    """Update FCM Subtrader Event Contract Daily Cap

     Sets a subtrader's daily premium cap; it applies at once and never cancels orders already resting.

    Args:
        body (UpdateFCMEventContractDailyCapRequest): The request: a
            UpdateFCMEventContractDailyCapRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        EmptyResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
