from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_structured_target_response import GetStructuredTargetResponse
from ...types import Response


def _get_kwargs(
    structured_target_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/structured_targets/{structured_target_id}".format(
            structured_target_id=quote(str(structured_target_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetStructuredTargetResponse | None:
    if response.is_success:
        try:
            response_200 = GetStructuredTargetResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetStructuredTargetResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetStructuredTargetResponse]:
    """Get Structured Target

     Returns one structured target by its id.

    Args:
        structured_target_id (str):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetStructuredTargetResponse]
    """

    kwargs = _get_kwargs(
        structured_target_id=structured_target_id,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetStructuredTargetResponse:
    """Get Structured Target

     Returns one structured target by its id.

    Args:
        structured_target_id (str):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetStructuredTargetResponse
    """

    kwargs = _get_kwargs(
        structured_target_id=structured_target_id,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetStructuredTargetResponse]:
    """Get Structured Target

     Returns one structured target by its id.

    Args:
        structured_target_id (str):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetStructuredTargetResponse]
    """

    kwargs = _get_kwargs(
        structured_target_id=structured_target_id,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetStructuredTargetResponse:
    """Get Structured Target

     Returns one structured target by its id.

    Args:
        structured_target_id (str):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetStructuredTargetResponse
    """

    kwargs = _get_kwargs(
        structured_target_id=structured_target_id,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
