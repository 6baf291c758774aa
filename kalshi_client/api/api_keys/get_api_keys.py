from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_api_keys_response import GetApiKeysResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetApiKeysResponse] = _rt.Operation(
    "GetApiKeys",
    {
        200: GetApiKeysResponse,
    },
)


def _get_kwargs(
    *,
    fcm_subtrader_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fcm_subtrader_id"] = fcm_subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api_keys",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Get API Keys

     Lists the caller's API keys, or only those bound to one FCM subtrader.

    Args:
        fcm_subtrader_id (str | Unset): Only keys bound to this FCM subtrader, written
            {your_user_id}_{suffix}; leave out for every key.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetApiKeysResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            fcm_subtrader_id=fcm_subtrader_id,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Get API Keys

     Lists the caller's API keys, or only those bound to one FCM subtrader.

    Args:
        fcm_subtrader_id (str | Unset): Only keys bound to this FCM subtrader, written
            {your_user_id}_{suffix}; leave out for every key.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetApiKeysResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            fcm_subtrader_id=fcm_subtrader_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Get API Keys

     Lists the caller's API keys, or only those bound to one FCM subtrader.

    Args:
        fcm_subtrader_id (str | Unset): Only keys bound to this FCM subtrader, written
            {your_user_id}_{suffix}; leave out for every key.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetApiKeysResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            fcm_subtrader_id=fcm_subtrader_id,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Get API Keys

     Lists the caller's API keys, or only those bound to one FCM subtrader.

    Args:
        fcm_subtrader_id (str | Unset): Only keys bound to this FCM subtrader, written
            {your_user_id}_{suffix}; leave out for every key.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetApiKeysResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            fcm_subtrader_id=fcm_subtrader_id,
        ),
        _OPERATION,
    )
