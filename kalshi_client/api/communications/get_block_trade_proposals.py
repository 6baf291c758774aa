from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_block_trade_proposals_response import GetBlockTradeProposalsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetBlockTradeProposalsResponse] = _rt.Operation(
    "GetBlockTradeProposals",
    {
        200: GetBlockTradeProposalsResponse,
    },
)


from ...models.block_trade_proposal import BlockTradeProposal


def page_items(page: GetBlockTradeProposalsResponse) -> list[BlockTradeProposal]:
    """The block_trade_proposals of one page: what ``kalshi_auth.paginate`` yields."""
    return page.block_trade_proposals


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["market_ticker"] = market_ticker

    params["limit"] = limit

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/block-trade-proposals",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> Response[GetBlockTradeProposalsResponse]:
    """Get Block Trade Proposals

     Pages through the block trade proposals the caller is allowed to see.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        market_ticker (str | Unset): Only items for this market.
        limit (int | Unset): Page size, 1 to 100 (100 when left out). Default: 100.
        status (str | Unset): Only proposals in this status.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetBlockTradeProposalsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            cursor=cursor,
            market_ticker=market_ticker,
            limit=limit,
            status=status,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Get Block Trade Proposals

     Pages through the block trade proposals the caller is allowed to see.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        market_ticker (str | Unset): Only items for this market.
        limit (int | Unset): Page size, 1 to 100 (100 when left out). Default: 100.
        status (str | Unset): Only proposals in this status.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetBlockTradeProposalsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            cursor=cursor,
            market_ticker=market_ticker,
            limit=limit,
            status=status,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> Response[GetBlockTradeProposalsResponse]:
    """Get Block Trade Proposals

     Pages through the block trade proposals the caller is allowed to see.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        market_ticker (str | Unset): Only items for this market.
        limit (int | Unset): Page size, 1 to 100 (100 when left out). Default: 100.
        status (str | Unset): Only proposals in this status.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetBlockTradeProposalsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            cursor=cursor,
            market_ticker=market_ticker,
            limit=limit,
            status=status,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Get Block Trade Proposals

     Pages through the block trade proposals the caller is allowed to see.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        market_ticker (str | Unset): Only items for this market.
        limit (int | Unset): Page size, 1 to 100 (100 when left out). Default: 100.
        status (str | Unset): Only proposals in this status.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetBlockTradeProposalsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            cursor=cursor,
            market_ticker=market_ticker,
            limit=limit,
            status=status,
        ),
        _OPERATION,
    )
