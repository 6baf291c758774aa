from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_subaccount_netting_response import GetSubaccountNettingResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/subaccounts/netting",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSubaccountNettingResponse | None:
    if response.is_success:
        try:
            response_200 = GetSubaccountNettingResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSubaccountNettingResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetSubaccountNettingResponse]:
    """Get Subaccount Netting

     Returns whether netting is on for each of the caller's subaccounts.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSubaccountNettingResponse]
    """

    kwargs = _get_kwargs()

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetSubaccountNettingResponse:
    """Get Subaccount Netting

     Returns whether netting is on for each of the caller's subaccounts.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSubaccountNettingResponse
    """

    kwargs = _get_kwargs()

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
) -> Response[GetSubaccountNettingResponse]:
    """Get Subaccount Netting

     Returns whether netting is on for each of the caller's subaccounts.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSubaccountNettingResponse]
    """

    kwargs = _get_kwargs()

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetSubaccountNettingResponse:
    """Get Subaccount Netting

     Returns whether netting is on for each of the caller's subaccounts.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSubaccountNettingResponse
    """

    kwargs = _get_kwargs()

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
