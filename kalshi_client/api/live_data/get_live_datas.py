from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_live_datas_response import GetLiveDatasResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetLiveDatasResponse] = _rt.Operation(
    "GetLiveDatas",
    {
        200: GetLiveDatasResponse,
    },
)


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


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDatasResponse]:
    """Get Multiple Live Data

     Returns live data for up to 100 milestones at once.

    Args:
        milestone_ids (list[str]): Ids of the milestones, 100 at most.
        include_player_stats (bool | Unset): Add player statistics; only has an effect for some
            sports (pro football, pro basketball, college men's basketball) whose players are mapped.
            Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetLiveDatasResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            milestone_ids=milestone_ids,
            include_player_stats=include_player_stats,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> GetLiveDatasResponse:
    """Get Multiple Live Data

     Returns live data for up to 100 milestones at once.

    Args:
        milestone_ids (list[str]): Ids of the milestones, 100 at most.
        include_player_stats (bool | Unset): Add player statistics; only has an effect for some
            sports (pro football, pro basketball, college men's basketball) whose players are mapped.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetLiveDatasResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            milestone_ids=milestone_ids,
            include_player_stats=include_player_stats,
        ),
        _OPERATION,
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
        milestone_ids (list[str]): Ids of the milestones, 100 at most.
        include_player_stats (bool | Unset): Add player statistics; only has an effect for some
            sports (pro football, pro basketball, college men's basketball) whose players are mapped.
            Default: False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetLiveDatasResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            milestone_ids=milestone_ids,
            include_player_stats=include_player_stats,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> GetLiveDatasResponse:
    """Get Multiple Live Data

     Returns live data for up to 100 milestones at once.

    Args:
        milestone_ids (list[str]): Ids of the milestones, 100 at most.
        include_player_stats (bool | Unset): Add player statistics; only has an effect for some
            sports (pro football, pro basketball, college men's basketball) whose players are mapped.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetLiveDatasResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            milestone_ids=milestone_ids,
            include_player_stats=include_player_stats,
        ),
        _OPERATION,
    )
