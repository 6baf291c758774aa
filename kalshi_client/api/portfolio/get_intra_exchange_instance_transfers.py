from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_intra_exchange_instance_transfers_response import (
    GetIntraExchangeInstanceTransfersResponse,
)
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetIntraExchangeInstanceTransfersResponse] = _rt.Operation(
    "GetIntraExchangeInstanceTransfers",
    {
        200: GetIntraExchangeInstanceTransfersResponse,
    },
)


from ...models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


def page_items(
    page: GetIntraExchangeInstanceTransfersResponse,
) -> list[IntraExchangeInstanceTransfer]:
    """The transfers of one page: what ``kalshi_auth.paginate`` yields."""
    return page.transfers


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/intra_exchange_instance_transfers",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetIntraExchangeInstanceTransfersResponse]:
    """Get Intra Account Transfers

     Pages through the caller's transfers between exchange instances and shards.

    Args:
        limit (int | Unset): Page size, 1 to 500 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIntraExchangeInstanceTransfersResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetIntraExchangeInstanceTransfersResponse:
    """Get Intra Account Transfers

     Pages through the caller's transfers between exchange instances and shards.

    Args:
        limit (int | Unset): Page size, 1 to 500 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIntraExchangeInstanceTransfersResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetIntraExchangeInstanceTransfersResponse]:
    """Get Intra Account Transfers

     Pages through the caller's transfers between exchange instances and shards.

    Args:
        limit (int | Unset): Page size, 1 to 500 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIntraExchangeInstanceTransfersResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetIntraExchangeInstanceTransfersResponse:
    """Get Intra Account Transfers

     Pages through the caller's transfers between exchange instances and shards.

    Args:
        limit (int | Unset): Page size, 1 to 500 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIntraExchangeInstanceTransfersResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )
