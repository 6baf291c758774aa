from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_structured_targets_response import GetStructuredTargetsResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetStructuredTargetsResponse] = _rt.Operation(
    "GetStructuredTargets",
    {
        200: GetStructuredTargetsResponse,
    },
)


from ...models.structured_target import StructuredTarget


def page_items(page: GetStructuredTargetsResponse) -> list[StructuredTarget] | Unset:
    """The structured_targets of one page: what ``kalshi_auth.paginate`` yields."""
    return page.structured_targets


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["type"] = type_

    params["competition"] = competition

    params["page_size"] = page_size

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/structured_targets",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetStructuredTargetsResponse]:
    """Get Structured Targets

     Pages through structured targets such as players and teams, filterable by id, type and competition.

    Args:
        ids (list[str] | Unset): Only these ids; repeat the parameter for each one (ids=a&ids=b).
        type_ (str | Unset): Only targets of this type. Example: soccer_team.
        competition (str | Unset): Only targets in this competition, matched against the league,
            conference, division or tour in their details, or any of their leagues. Example: MLS.
        page_size (int | Unset): Page size, 1 to 2000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetStructuredTargetsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            ids=ids,
            type_=type_,
            competition=competition,
            page_size=page_size,
            cursor=cursor,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetStructuredTargetsResponse:
    """Get Structured Targets

     Pages through structured targets such as players and teams, filterable by id, type and competition.

    Args:
        ids (list[str] | Unset): Only these ids; repeat the parameter for each one (ids=a&ids=b).
        type_ (str | Unset): Only targets of this type. Example: soccer_team.
        competition (str | Unset): Only targets in this competition, matched against the league,
            conference, division or tour in their details, or any of their leagues. Example: MLS.
        page_size (int | Unset): Page size, 1 to 2000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetStructuredTargetsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            ids=ids,
            type_=type_,
            competition=competition,
            page_size=page_size,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetStructuredTargetsResponse]:
    """Get Structured Targets

     Pages through structured targets such as players and teams, filterable by id, type and competition.

    Args:
        ids (list[str] | Unset): Only these ids; repeat the parameter for each one (ids=a&ids=b).
        type_ (str | Unset): Only targets of this type. Example: soccer_team.
        competition (str | Unset): Only targets in this competition, matched against the league,
            conference, division or tour in their details, or any of their leagues. Example: MLS.
        page_size (int | Unset): Page size, 1 to 2000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetStructuredTargetsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            ids=ids,
            type_=type_,
            competition=competition,
            page_size=page_size,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetStructuredTargetsResponse:
    """Get Structured Targets

     Pages through structured targets such as players and teams, filterable by id, type and competition.

    Args:
        ids (list[str] | Unset): Only these ids; repeat the parameter for each one (ids=a&ids=b).
        type_ (str | Unset): Only targets of this type. Example: soccer_team.
        competition (str | Unset): Only targets in this competition, matched against the league,
            conference, division or tour in their details, or any of their leagues. Example: MLS.
        page_size (int | Unset): Page size, 1 to 2000 (100 when left out). Default: 100.
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetStructuredTargetsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            ids=ids,
            type_=type_,
            competition=competition,
            page_size=page_size,
            cursor=cursor,
        ),
        _OPERATION,
    )
