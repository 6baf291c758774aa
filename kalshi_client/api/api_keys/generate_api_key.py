from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.generate_api_key_request import GenerateApiKeyRequest
from ...models.generate_api_key_response import GenerateApiKeyResponse
from ...types import Response

_OPERATION: _rt.Operation[GenerateApiKeyResponse] = _rt.Operation(
    "GenerateApiKey",
    {
        201: GenerateApiKeyResponse,
    },
)


def _get_kwargs(
    *,
    body: GenerateApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api_keys/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateApiKeyRequest,
) -> Response[GenerateApiKeyResponse]:
    """Generate API Key

     Creates a key pair on Kalshi's side and hands back the private key, which cannot be fetched a second
    time.

    Args:
        body (GenerateApiKeyRequest): The request: a GenerateApiKeyRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GenerateApiKeyResponse]
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
    body: GenerateApiKeyRequest,
) -> GenerateApiKeyResponse:
    """Generate API Key

     Creates a key pair on Kalshi's side and hands back the private key, which cannot be fetched a second
    time.

    Args:
        body (GenerateApiKeyRequest): The request: a GenerateApiKeyRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GenerateApiKeyResponse
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
    body: GenerateApiKeyRequest,
) -> Response[GenerateApiKeyResponse]:
    """Generate API Key

     Creates a key pair on Kalshi's side and hands back the private key, which cannot be fetched a second
    time.

    Args:
        body (GenerateApiKeyRequest): The request: a GenerateApiKeyRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GenerateApiKeyResponse]
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
    body: GenerateApiKeyRequest,
) -> GenerateApiKeyResponse:
    """Generate API Key

     Creates a key pair on Kalshi's side and hands back the private key, which cannot be fetched a second
    time.

    Args:
        body (GenerateApiKeyRequest): The request: a GenerateApiKeyRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GenerateApiKeyResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
