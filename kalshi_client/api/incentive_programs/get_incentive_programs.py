from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_incentive_programs_response import GetIncentiveProgramsResponse
from ...models.get_incentive_programs_status import GetIncentiveProgramsStatus
from ...models.get_incentive_programs_type import GetIncentiveProgramsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = GetIncentiveProgramsStatus(status).value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = GetIncentiveProgramsType(type_).value

    params["type"] = json_type_

    params["incentive_description"] = incentive_description

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incentive_programs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetIncentiveProgramsResponse | None:
    if response.is_success:
        try:
            response_200 = GetIncentiveProgramsResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetIncentiveProgramsResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Get Incentives

     Pages through incentive programs, which reward trading activity on particular markets.

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIncentiveProgramsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Get Incentives

     Pages through incentive programs, which reward trading activity on particular markets.

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIncentiveProgramsResponse
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
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
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Get Incentives

     Pages through incentive programs, which reward trading activity on particular markets.

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIncentiveProgramsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Get Incentives

     Pages through incentive programs, which reward trading activity on particular markets.

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIncentiveProgramsResponse
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
