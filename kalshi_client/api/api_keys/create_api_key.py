from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.create_api_key_request import CreateApiKeyRequest
from ...models.create_api_key_response import CreateApiKeyResponse
from ...types import Response

_OPERATION: _rt.Operation[CreateApiKeyResponse] = _rt.Operation(
    "CreateApiKey",
    {
        201: CreateApiKeyResponse,
    },
)


def _get_kwargs(
    *,
    body: CreateApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api_keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateApiKeyRequest,
) -> Response[CreateApiKeyResponse]:
    """Create API Key

     Registers a new API key for a public key you supply (RSA or Ed25519, PEM); needs the Premier or
    Market Maker API level.

    Args:
        body (CreateApiKeyRequest): The request: a CreateApiKeyRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateApiKeyResponse]
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
    body: CreateApiKeyRequest,
) -> CreateApiKeyResponse:
    """Create API Key

     Registers a new API key for a public key you supply (RSA or Ed25519, PEM); needs the Premier or
    Market Maker API level.

    Args:
        body (CreateApiKeyRequest): The request: a CreateApiKeyRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateApiKeyResponse
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
    body: CreateApiKeyRequest,
) -> Response[CreateApiKeyResponse]:
    """Create API Key

     Registers a new API key for a public key you supply (RSA or Ed25519, PEM); needs the Premier or
    Market Maker API level.

    Args:
        body (CreateApiKeyRequest): The request: a CreateApiKeyRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateApiKeyResponse]
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
    body: CreateApiKeyRequest,
) -> CreateApiKeyResponse:
    """Create API Key

     Registers a new API key for a public key you supply (RSA or Ed25519, PEM); needs the Premier or
    Market Maker API level.

    Args:
        body (CreateApiKeyRequest): The request: a CreateApiKeyRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateApiKeyResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
