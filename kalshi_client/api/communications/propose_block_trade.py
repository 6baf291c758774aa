from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.propose_block_trade_request import ProposeBlockTradeRequest
from ...models.propose_block_trade_response import ProposeBlockTradeResponse
from ...types import Response

_OPERATION: _rt.Operation[ProposeBlockTradeResponse] = _rt.Operation(
    "ProposeBlockTrade",
    {
        201: ProposeBlockTradeResponse,
    },
)


def _get_kwargs(
    *,
    body: ProposeBlockTradeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communications/block-trade-proposals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProposeBlockTradeRequest,
) -> Response[ProposeBlockTradeResponse]:
    """Propose Block Trade

     Proposes a block trade between a buyer and a seller at a set price and size.

    Args:
        body (ProposeBlockTradeRequest): The request: a ProposeBlockTradeRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ProposeBlockTradeResponse]
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
    body: ProposeBlockTradeRequest,
) -> ProposeBlockTradeResponse:
    """Propose Block Trade

     Proposes a block trade between a buyer and a seller at a set price and size.

    Args:
        body (ProposeBlockTradeRequest): The request: a ProposeBlockTradeRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ProposeBlockTradeResponse
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
    body: ProposeBlockTradeRequest,
) -> Response[ProposeBlockTradeResponse]:
    """Propose Block Trade

     Proposes a block trade between a buyer and a seller at a set price and size.

    Args:
        body (ProposeBlockTradeRequest): The request: a ProposeBlockTradeRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[ProposeBlockTradeResponse]
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
    body: ProposeBlockTradeRequest,
) -> ProposeBlockTradeResponse:
    """Propose Block Trade

     Proposes a block trade between a buyer and a seller at a set price and size.

    Args:
        body (ProposeBlockTradeRequest): The request: a ProposeBlockTradeRequest, its fields as
            keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        ProposeBlockTradeResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            body=body,
        ),
        _OPERATION,
    )
