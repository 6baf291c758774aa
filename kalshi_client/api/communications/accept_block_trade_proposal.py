from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.accept_block_trade_proposal_request import (
    AcceptBlockTradeProposalRequest,
)
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[None] = _rt.Operation(
    "AcceptBlockTradeProposal",
    {
        204: None,
    },
)


def _get_kwargs(
    block_trade_proposal_id: str,
    *,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _rt.path(
            "/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
            block_trade_proposal_id=block_trade_proposal_id,
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs.setdefault("json", {})
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    block_trade_proposal_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> Response[None]:
    """Accept Block Trade Proposal

     Accepts a block trade proposal on the buyer's or the seller's behalf.

    Args:
        block_trade_proposal_id (str): Id of the block trade proposal.
        body (AcceptBlockTradeProposalRequest | Unset): The request: a
            AcceptBlockTradeProposalRequest, its fields as keyword arguments.

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
            block_trade_proposal_id=block_trade_proposal_id,
            body=body,
        ),
        _OPERATION,
    )


def sync(
    block_trade_proposal_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> None:
    """Accept Block Trade Proposal

     Accepts a block trade proposal on the buyer's or the seller's behalf.

    Args:
        block_trade_proposal_id (str): Id of the block trade proposal.
        body (AcceptBlockTradeProposalRequest | Unset): The request: a
            AcceptBlockTradeProposalRequest, its fields as keyword arguments.

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
            block_trade_proposal_id=block_trade_proposal_id,
            body=body,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    block_trade_proposal_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> Response[None]:
    """Accept Block Trade Proposal

     Accepts a block trade proposal on the buyer's or the seller's behalf.

    Args:
        block_trade_proposal_id (str): Id of the block trade proposal.
        body (AcceptBlockTradeProposalRequest | Unset): The request: a
            AcceptBlockTradeProposalRequest, its fields as keyword arguments.

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
            block_trade_proposal_id=block_trade_proposal_id,
            body=body,
        ),
        _OPERATION,
    )


async def asyncio(
    block_trade_proposal_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> None:
    """Accept Block Trade Proposal

     Accepts a block trade proposal on the buyer's or the seller's behalf.

    Args:
        block_trade_proposal_id (str): Id of the block trade proposal.
        body (AcceptBlockTradeProposalRequest | Unset): The request: a
            AcceptBlockTradeProposalRequest, its fields as keyword arguments.

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
            block_trade_proposal_id=block_trade_proposal_id,
            body=body,
        ),
        _OPERATION,
    )
