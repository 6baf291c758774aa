from typing import Any
from urllib.parse import quote

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_live_data_response import GetLiveDataResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: str,
    milestone_id: str,
    *,
    include_player_stats: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_player_stats"] = include_player_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/{type_}/milestone/{milestone_id}".format(
            type_=quote(str(type_), safe=""),
            milestone_id=quote(str(milestone_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLiveDataResponse | None:
    if response.is_success:
        try:
            response_200 = GetLiveDataResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetLiveDataResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: str,
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDataResponse]:
    """Get Live Data (with type)

     Older form of GetLiveDataByMilestone that also takes a live-data type in the path; use the newer
    call.

    Args:
        type_ (str):
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetLiveDataResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    type_: str,
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> GetLiveDataResponse:
    """Get Live Data (with type)

     Older form of GetLiveDataByMilestone that also takes a live-data type in the path; use the newer
    call.

    Args:
        type_ (str):
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetLiveDataResponse
    """

    kwargs = _get_kwargs(
        type_=type_,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )


async def asyncio_detailed(
    type_: str,
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDataResponse]:
    """Get Live Data (with type)

     Older form of GetLiveDataByMilestone that also takes a live-data type in the path; use the newer
    call.

    Args:
        type_ (str):
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetLiveDataResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> GetLiveDataResponse:
    """Get Live Data (with type)

     Older form of GetLiveDataByMilestone that also takes a live-data type in the path; use the newer
    call.

    Args:
        type_ (str):
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetLiveDataResponse
    """

    kwargs = _get_kwargs(
        type_=type_,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
