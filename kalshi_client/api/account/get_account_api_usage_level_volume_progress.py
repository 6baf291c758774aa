from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_account_api_usage_level_volume_progress_response import (
    GetAccountApiUsageLevelVolumeProgressResponse,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/api_usage_level/volume_progress",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAccountApiUsageLevelVolumeProgressResponse | None:
    if response.is_success:
        try:
            response_200 = GetAccountApiUsageLevelVolumeProgressResponse.from_dict(
                response.json()
            )

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAccountApiUsageLevelVolumeProgressResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetAccountApiUsageLevelVolumeProgressResponse]:
    """Get Account API Usage Level Volume Progress

     Shows how the caller's recent trading volume compares with the volume-based API usage tiers.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetAccountApiUsageLevelVolumeProgressResponse]
    """

    kwargs = _get_kwargs()

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetAccountApiUsageLevelVolumeProgressResponse:
    """Get Account API Usage Level Volume Progress

     Shows how the caller's recent trading volume compares with the volume-based API usage tiers.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetAccountApiUsageLevelVolumeProgressResponse
    """

    kwargs = _get_kwargs()

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
) -> Response[GetAccountApiUsageLevelVolumeProgressResponse]:
    """Get Account API Usage Level Volume Progress

     Shows how the caller's recent trading volume compares with the volume-based API usage tiers.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetAccountApiUsageLevelVolumeProgressResponse]
    """

    kwargs = _get_kwargs()

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetAccountApiUsageLevelVolumeProgressResponse:
    """Get Account API Usage Level Volume Progress

     Shows how the caller's recent trading volume compares with the volume-based API usage tiers.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetAccountApiUsageLevelVolumeProgressResponse
    """

    kwargs = _get_kwargs()

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
