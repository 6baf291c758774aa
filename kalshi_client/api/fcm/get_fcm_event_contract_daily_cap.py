from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_fcm_event_contract_daily_cap_response import (
    GetFCMEventContractDailyCapResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/subtraders/event_contract_daily_cap",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFCMEventContractDailyCapResponse | None:
    if response.is_success:
        try:
            response_200 = GetFCMEventContractDailyCapResponse.from_dict(
                response.json()
            )

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetFCMEventContractDailyCapResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
) -> Response[GetFCMEventContractDailyCapResponse]:
    """Get FCM Subtrader Event Contract Daily Cap

     Returns a subtrader's daily premium cap and how much of it fills, resting orders and pending orders
    use up.

    Args:
        subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFCMEventContractDailyCapResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Get FCM Subtrader Event Contract Daily Cap

     Returns a subtrader's daily premium cap and how much of it fills, resting orders and pending orders
    use up.

    Args:
        subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFCMEventContractDailyCapResponse
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
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
    subtrader_id: str | Unset = UNSET,
) -> Response[GetFCMEventContractDailyCapResponse]:
    """Get FCM Subtrader Event Contract Daily Cap

     Returns a subtrader's daily premium cap and how much of it fills, resting orders and pending orders
    use up.

    Args:
        subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFCMEventContractDailyCapResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Get FCM Subtrader Event Contract Daily Cap

     Returns a subtrader's daily premium cap and how much of it fills, resting orders and pending orders
    use up.

    Args:
        subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFCMEventContractDailyCapResponse
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
