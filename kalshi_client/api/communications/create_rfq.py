from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.create_rfq_request import CreateRFQRequest
from ...models.create_rfq_response import CreateRFQResponse
from ...types import Response

_OPERATION: _rt.Operation[CreateRFQResponse] = _rt.Operation(
    "CreateRFQ",
    {
        201: CreateRFQResponse,
    },
)


def _get_kwargs(
    *,
    body: CreateRFQRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communications/rfqs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRFQRequest,
) -> Response[CreateRFQResponse]:
    """Create RFQ

     Opens a request for quote on a market; one user can have at most 100 open at a time.

    Args:
        body (CreateRFQRequest): The request: a CreateRFQRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateRFQResponse]
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
    body: CreateRFQRequest,
) -> CreateRFQResponse:
    """Create RFQ

     Opens a request for quote on a market; one user can have at most 100 open at a time.

    Args:
        body (CreateRFQRequest): The request: a CreateRFQRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateRFQResponse
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
    body: CreateRFQRequest,
) -> Response[CreateRFQResponse]:
    """Create RFQ

     Opens a request for quote on a market; one user can have at most 100 open at a time.

    Args:
        body (CreateRFQRequest): The request: a CreateRFQRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateRFQResponse]
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
    body: CreateRFQRequest,
) -> CreateRFQResponse:
    """Create RFQ

     Opens a request for quote on a market; one user can have at most 100 open at a time.

    Args:
        body (CreateRFQRequest): The request: a CreateRFQRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateRFQResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
