from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...types import Response

_OPERATION: _rt.Operation[None] = _rt.Operation(
    "DeleteApiKey",
    {
        204: None,
    },
)


def _get_kwargs(
    api_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": _rt.path(
            "/api_keys/{api_key}",
            api_key=api_key,
        ),
    }

    return _kwargs


def sync_detailed(
    api_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete API Key

     Revokes an API key for good.

    Args:
        api_key (str): Id of the API key to revoke.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            api_key=api_key,
        ),
        _OPERATION,
    )


def sync(
    api_key: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete API Key

     Revokes an API key for good.

    Args:
        api_key (str): Id of the API key to revoke.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    return _rt.call(
        client,
        _get_kwargs(
            api_key=api_key,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    api_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete API Key

     Revokes an API key for good.

    Args:
        api_key (str): Id of the API key to revoke.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            api_key=api_key,
        ),
        _OPERATION,
    )


async def asyncio(
    api_key: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete API Key

     Revokes an API key for good.

    Args:
        api_key (str): Id of the API key to revoke.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            api_key=api_key,
        ),
        _OPERATION,
    )
