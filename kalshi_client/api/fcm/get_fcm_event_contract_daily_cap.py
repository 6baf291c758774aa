from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_fcm_event_contract_daily_cap_response import (
    GetFCMEventContractDailyCapResponse,
)
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetFCMEventContractDailyCapResponse] = _rt.Operation(
    "GetFCMEventContractDailyCap",
    {
        200: GetFCMEventContractDailyCapResponse,
    },
)


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/subtraders/event_contract_daily_cap",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
) -> Response[GetFCMEventContractDailyCapResponse]:
    """Get FCM Subtrader Event Contract Daily Cap

     Returns a subtrader's daily premium cap and how much of it fills, resting orders and pending orders
    use up.

    Args:
        subtrader_id (str | Unset): The subtrader, which must belong to the calling FCM. Needed
            unless the key is bound to a subtrader, which is then the default and the only one
            allowed.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFCMEventContractDailyCapResponse]
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
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Get FCM Subtrader Event Contract Daily Cap

     Returns a subtrader's daily premium cap and how much of it fills, resting orders and pending orders
    use up.

    Args:
        subtrader_id (str | Unset): The subtrader, which must belong to the calling FCM. Needed
            unless the key is bound to a subtrader, which is then the default and the only one
            allowed.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFCMEventContractDailyCapResponse
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
    subtrader_id: str | Unset = UNSET,
) -> Response[GetFCMEventContractDailyCapResponse]:
    """Get FCM Subtrader Event Contract Daily Cap

     Returns a subtrader's daily premium cap and how much of it fills, resting orders and pending orders
    use up.

    Args:
        subtrader_id (str | Unset): The subtrader, which must belong to the calling FCM. Needed
            unless the key is bound to a subtrader, which is then the default and the only one
            allowed.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFCMEventContractDailyCapResponse]
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
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Get FCM Subtrader Event Contract Daily Cap

     Returns a subtrader's daily premium cap and how much of it fills, resting orders and pending orders
    use up.

    Args:
        subtrader_id (str | Unset): The subtrader, which must belong to the calling FCM. Needed
            unless the key is bound to a subtrader, which is then the default and the only one
            allowed.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFCMEventContractDailyCapResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            subtrader_id=subtrader_id,
        ),
        _OPERATION,
    )
