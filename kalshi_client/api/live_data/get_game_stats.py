from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_game_stats_response import GetGameStatsResponse
from ...types import Response

_OPERATION: _rt.Operation[GetGameStatsResponse] = _rt.Operation(
    "GetGameStats",
    {
        200: GetGameStatsResponse,
    },
)


def _get_kwargs(
    milestone_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/live_data/milestone/{milestone_id}/game_stats",
            milestone_id=milestone_id,
        ),
    }

    return _kwargs


def sync_detailed(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetGameStatsResponse]:
    """Get Game Stats

     Returns play-by-play statistics for a game milestone, or null when its sport or source is not
    covered.

    Args:
        milestone_id (str): Id of the milestone.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetGameStatsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            milestone_id=milestone_id,
        ),
        _OPERATION,
    )


def sync(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetGameStatsResponse:
    """Get Game Stats

     Returns play-by-play statistics for a game milestone, or null when its sport or source is not
    covered.

    Args:
        milestone_id (str): Id of the milestone.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetGameStatsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            milestone_id=milestone_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetGameStatsResponse]:
    """Get Game Stats

     Returns play-by-play statistics for a game milestone, or null when its sport or source is not
    covered.

    Args:
        milestone_id (str): Id of the milestone.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetGameStatsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            milestone_id=milestone_id,
        ),
        _OPERATION,
    )


async def asyncio(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetGameStatsResponse:
    """Get Game Stats

     Returns play-by-play statistics for a game milestone, or null when its sport or source is not
    covered.

    Args:
        milestone_id (str): Id of the milestone.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetGameStatsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            milestone_id=milestone_id,
        ),
        _OPERATION,
    )
