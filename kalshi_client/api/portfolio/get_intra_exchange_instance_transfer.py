from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_intra_exchange_instance_transfer_response import (
    GetIntraExchangeInstanceTransferResponse,
)
from ...types import Response


def _get_kwargs(
    transfer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/intra_exchange_instance_transfers/{transfer_id}".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetIntraExchangeInstanceTransferResponse | None:
    if response.is_success:
        try:
            response_200 = GetIntraExchangeInstanceTransferResponse.from_dict(
                response.json()
            )

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    """Get Intra Account Transfer

     Returns one transfer between exchange instances or shards, by its id.

    Args:
        transfer_id (str):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIntraExchangeInstanceTransferResponse]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
) -> GetIntraExchangeInstanceTransferResponse:
    """Get Intra Account Transfer

     Returns one transfer between exchange instances or shards, by its id.

    Args:
        transfer_id (str):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIntraExchangeInstanceTransferResponse
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    """Get Intra Account Transfer

     Returns one transfer between exchange instances or shards, by its id.

    Args:
        transfer_id (str):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIntraExchangeInstanceTransferResponse]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
) -> GetIntraExchangeInstanceTransferResponse:
    """Get Intra Account Transfer

     Returns one transfer between exchange instances or shards, by its id.

    Args:
        transfer_id (str):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIntraExchangeInstanceTransferResponse
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
