from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_live_data_response import GetLiveDataResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetLiveDataResponse] = _rt.Operation(
    "GetLiveData",
    {
        200: GetLiveDataResponse,
    },
)


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
        "url": _rt.path(
            "/live_data/{type_}/milestone/{milestone_id}",
            type_=type_,
            milestone_id=milestone_id,
        ),
        "params": params,
    }

    return _kwargs


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
        type_ (str): Kind of live data.
        milestone_id (str): Id of the milestone.
        include_player_stats (bool | Unset): Add player statistics; only has an effect for some
            sports (pro football, pro basketball, college men's basketball) whose players are mapped.
            Default: False.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetLiveDataResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            type_=type_,
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
        ),
        _OPERATION,
    )


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
        type_ (str): Kind of live data.
        milestone_id (str): Id of the milestone.
        include_player_stats (bool | Unset): Add player statistics; only has an effect for some
            sports (pro football, pro basketball, college men's basketball) whose players are mapped.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetLiveDataResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            type_=type_,
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
        ),
        _OPERATION,
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
        type_ (str): Kind of live data.
        milestone_id (str): Id of the milestone.
        include_player_stats (bool | Unset): Add player statistics; only has an effect for some
            sports (pro football, pro basketball, college men's basketball) whose players are mapped.
            Default: False.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetLiveDataResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            type_=type_,
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
        ),
        _OPERATION,
    )


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
        type_ (str): Kind of live data.
        milestone_id (str): Id of the milestone.
        include_player_stats (bool | Unset): Add player statistics; only has an effect for some
            sports (pro football, pro basketball, college men's basketball) whose players are mapped.
            Default: False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetLiveDataResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            type_=type_,
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
        ),
        _OPERATION,
    )
