from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_live_datas_response import GetLiveDatasResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_milestone_ids = milestone_ids

    params["milestone_ids"] = json_milestone_ids

    params["include_player_stats"] = include_player_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/batch",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLiveDatasResponse | None:
    if response.is_success:
        try:
            response_200 = GetLiveDatasResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetLiveDatasResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDatasResponse]:
    """Get Multiple Live Data

     Returns live data for up to 100 milestones at once.

    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetLiveDatasResponse]
    """

    kwargs = _get_kwargs(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> GetLiveDatasResponse:
    """Get Multiple Live Data

     Returns live data for up to 100 milestones at once.

    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetLiveDatasResponse
    """

    kwargs = _get_kwargs(
        milestone_ids=milestone_ids,
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
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDatasResponse]:
    """Get Multiple Live Data

     Returns live data for up to 100 milestones at once.

    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetLiveDatasResponse]
    """

    kwargs = _get_kwargs(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> GetLiveDatasResponse:
    """Get Multiple Live Data

     Returns live data for up to 100 milestones at once.

    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetLiveDatasResponse
    """

    kwargs = _get_kwargs(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
