from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_account_endpoint_costs_response import (
    GetAccountEndpointCostsResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[GetAccountEndpointCostsResponse] = _rt.Operation(
    "GetAccountEndpointCosts",
    {
        200: GetAccountEndpointCostsResponse,
    },
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/endpoint_costs",
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetAccountEndpointCostsResponse]:
    """List Non-Default Endpoint Costs

     Lists the endpoints whose rate-limit token cost differs from the default.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetAccountEndpointCostsResponse]
    """

    return _rt.call_detailed(client, _get_kwargs(), _OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetAccountEndpointCostsResponse:
    """List Non-Default Endpoint Costs

     Lists the endpoints whose rate-limit token cost differs from the default.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetAccountEndpointCostsResponse
    """

    return _rt.call(client, _get_kwargs(), _OPERATION)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetAccountEndpointCostsResponse]:
    """List Non-Default Endpoint Costs

     Lists the endpoints whose rate-limit token cost differs from the default.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetAccountEndpointCostsResponse]
    """

    return await _rt.acall_detailed(client, _get_kwargs(), _OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetAccountEndpointCostsResponse:
    """List Non-Default Endpoint Costs

     Lists the endpoints whose rate-limit token cost differs from the default.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetAccountEndpointCostsResponse
    """

    return await _rt.acall(client, _get_kwargs(), _OPERATION)
