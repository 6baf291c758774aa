from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.create_quote_request import CreateQuoteRequest
from ...models.create_quote_response import CreateQuoteResponse
from ...types import Response

_OPERATION: _rt.Operation[CreateQuoteResponse] = _rt.Operation(
    "CreateQuote",
    {
        201: CreateQuoteResponse,
    },
)


def _get_kwargs(
    *,
    body: CreateQuoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communications/quotes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateQuoteRequest,
) -> Response[CreateQuoteResponse]:
    """Create Quote

     Answers an RFQ with a bid price for yes and one for no.

    Args:
        body (CreateQuoteRequest): The request: a CreateQuoteRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateQuoteResponse]
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
    body: CreateQuoteRequest,
) -> CreateQuoteResponse:
    """Create Quote

     Answers an RFQ with a bid price for yes and one for no.

    Args:
        body (CreateQuoteRequest): The request: a CreateQuoteRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateQuoteResponse
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
    body: CreateQuoteRequest,
) -> Response[CreateQuoteResponse]:
    """Create Quote

     Answers an RFQ with a bid price for yes and one for no.

    Args:
        body (CreateQuoteRequest): The request: a CreateQuoteRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateQuoteResponse]
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
    body: CreateQuoteRequest,
) -> CreateQuoteResponse:
    """Create Quote

     Answers an RFQ with a bid price for yes and one for no.

    Args:
        body (CreateQuoteRequest): The request: a CreateQuoteRequest, its fields as keyword
            arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateQuoteResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
