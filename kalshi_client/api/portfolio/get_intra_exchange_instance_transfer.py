from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_intra_exchange_instance_transfer_response import (
    GetIntraExchangeInstanceTransferResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[GetIntraExchangeInstanceTransferResponse] = _rt.Operation(
    "GetIntraExchangeInstanceTransfer",
    {
        200: GetIntraExchangeInstanceTransferResponse,
    },
)


def _get_kwargs(
    transfer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/portfolio/intra_exchange_instance_transfers/{transfer_id}",
            transfer_id=transfer_id,
        ),
    }

    return _kwargs


def sync_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    """Get Intra Account Transfer

     Returns one transfer between exchange instances or shards, by its id.

    Args:
        transfer_id (str): Id the transfer got when it was created.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIntraExchangeInstanceTransferResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            transfer_id=transfer_id,
        ),
        _OPERATION,
    )


def sync(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
) -> GetIntraExchangeInstanceTransferResponse:
    """Get Intra Account Transfer

     Returns one transfer between exchange instances or shards, by its id.

    Args:
        transfer_id (str): Id the transfer got when it was created.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIntraExchangeInstanceTransferResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            transfer_id=transfer_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    """Get Intra Account Transfer

     Returns one transfer between exchange instances or shards, by its id.

    Args:
        transfer_id (str): Id the transfer got when it was created.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIntraExchangeInstanceTransferResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            transfer_id=transfer_id,
        ),
        _OPERATION,
    )


async def asyncio(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
) -> GetIntraExchangeInstanceTransferResponse:
    """Get Intra Account Transfer

     Returns one transfer between exchange instances or shards, by its id.

    Args:
        transfer_id (str): Id the transfer got when it was created.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIntraExchangeInstanceTransferResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            transfer_id=transfer_id,
        ),
        _OPERATION,
    )
