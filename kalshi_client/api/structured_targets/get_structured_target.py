from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_structured_target_response import GetStructuredTargetResponse
from ...types import Response

_OPERATION: _rt.Operation[GetStructuredTargetResponse] = _rt.Operation(
    "GetStructuredTarget",
    {
        200: GetStructuredTargetResponse,
    },
)


def _get_kwargs(
    structured_target_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/structured_targets/{structured_target_id}",
            structured_target_id=structured_target_id,
        ),
    }

    return _kwargs


def sync_detailed(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetStructuredTargetResponse]:
    """Get Structured Target

     Returns one structured target by its id.

    Args:
        structured_target_id (str): Id of the structured target.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetStructuredTargetResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            structured_target_id=structured_target_id,
        ),
        _OPERATION,
    )


def sync(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetStructuredTargetResponse:
    """Get Structured Target

     Returns one structured target by its id.

    Args:
        structured_target_id (str): Id of the structured target.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetStructuredTargetResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            structured_target_id=structured_target_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetStructuredTargetResponse]:
    """Get Structured Target

     Returns one structured target by its id.

    Args:
        structured_target_id (str): Id of the structured target.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetStructuredTargetResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            structured_target_id=structured_target_id,
        ),
        _OPERATION,
    )


async def asyncio(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetStructuredTargetResponse:
    """Get Structured Target

     Returns one structured target by its id.

    Args:
        structured_target_id (str): Id of the structured target.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetStructuredTargetResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            structured_target_id=structured_target_id,
        ),
        _OPERATION,
    )
