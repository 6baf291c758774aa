from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...models.set_target_balance_allocation_request import (
    SetTargetBalanceAllocationRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SetTargetBalanceAllocationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/target_balance_allocation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | None:
    if response.is_success:
        try:
            response_200 = EmptyResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetTargetBalanceAllocationRequest,
) -> Response[EmptyResponse]:
    """Set Target Balance Allocation

     Sets the percentage of balance each exchange shard should hold (they must add up to 100); an empty
    list turns automatic rebalancing off.

    Args:
        body (SetTargetBalanceAllocationRequest):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[EmptyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SetTargetBalanceAllocationRequest,
) -> EmptyResponse:
    """Set Target Balance Allocation

     Sets the percentage of balance each exchange shard should hold (they must add up to 100); an empty
    list turns automatic rebalancing off.

    Args:
        body (SetTargetBalanceAllocationRequest):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        EmptyResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetTargetBalanceAllocationRequest,
) -> Response[EmptyResponse]:
    """Set Target Balance Allocation

     Sets the percentage of balance each exchange shard should hold (they must add up to 100); an empty
    list turns automatic rebalancing off.

    Args:
        body (SetTargetBalanceAllocationRequest):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[EmptyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetTargetBalanceAllocationRequest,
) -> EmptyResponse:
    """Set Target Balance Allocation

     Sets the percentage of balance each exchange shard should hold (they must add up to 100); an empty
    list turns automatic rebalancing off.

    Args:
        body (SetTargetBalanceAllocationRequest):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        EmptyResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
