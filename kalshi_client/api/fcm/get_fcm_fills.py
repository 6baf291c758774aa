from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_fcm_fills_response import GetFcmFillsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetFcmFillsResponse] = _rt.Operation(
    "GetFCMFills",
    {
        200: GetFcmFillsResponse,
    },
)


from ...models.fcm_fill import FcmFill


def page_items(page: GetFcmFillsResponse) -> list[FcmFill]:
    """The fills of one page: what ``kalshi_auth.paginate`` yields."""
    return page.fills


def _get_kwargs(
    *,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/fills",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetFcmFillsResponse]:
    """Get FCM Fills

     Pages through fills across all subtraders of the calling FCM.

    Args:
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFcmFillsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            min_ts=min_ts,
            max_ts=max_ts,
            cursor=cursor,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetFcmFillsResponse:
    """Get FCM Fills

     Pages through fills across all subtraders of the calling FCM.

    Args:
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFcmFillsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            min_ts=min_ts,
            max_ts=max_ts,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetFcmFillsResponse]:
    """Get FCM Fills

     Pages through fills across all subtraders of the calling FCM.

    Args:
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetFcmFillsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            min_ts=min_ts,
            max_ts=max_ts,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetFcmFillsResponse:
    """Get FCM Fills

     Pages through fills across all subtraders of the calling FCM.

    Args:
        min_ts (int | Unset): Only items after this time, as a Unix timestamp.
        max_ts (int | Unset): Only items before this time, as a Unix timestamp.
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetFcmFillsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            min_ts=min_ts,
            max_ts=max_ts,
            cursor=cursor,
        ),
        _OPERATION,
    )
