from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_api_keys_response import GetApiKeysResponse
from ...types import UNSET, Response, Unset


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetApiKeysResponse | None:
    if response.is_success:
        try:
            response_200 = GetApiKeysResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetApiKeysResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Get API Keys

     Lists the caller's API keys, or only those bound to one FCM subtrader.

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetApiKeysResponse]
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Get API Keys

     Lists the caller's API keys, or only those bound to one FCM subtrader.

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetApiKeysResponse
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Get API Keys

     Lists the caller's API keys, or only those bound to one FCM subtrader.

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetApiKeysResponse]
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Get API Keys

     Lists the caller's API keys, or only those bound to one FCM subtrader.

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetApiKeysResponse
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
