from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_incentive_programs_response import GetIncentiveProgramsResponse
from ...models.get_incentive_programs_status import GetIncentiveProgramsStatus
from ...models.get_incentive_programs_type import GetIncentiveProgramsType
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetIncentiveProgramsResponse] = _rt.Operation(
    "GetIncentivePrograms",
    {
        200: GetIncentiveProgramsResponse,
    },
)


from ...models.incentive_program import IncentiveProgram


def page_items(page: GetIncentiveProgramsResponse) -> list[IncentiveProgram]:
    """The incentive_programs of one page: what ``kalshi_auth.paginate`` yields."""
    return page.incentive_programs


def _get_kwargs(
    *,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = _enum_value(GetIncentiveProgramsStatus, status, "status")

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = _enum_value(GetIncentiveProgramsType, type_, "type_")

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


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Get Incentives

     Pages through incentive programs, which reward trading activity on particular markets.

    Args:
        status (GetIncentiveProgramsStatus | Unset): Only programs in this status; all when left
            out.
        type_ (GetIncentiveProgramsType | Unset): Only programs of this type; all when left out.
        incentive_description (str | Unset): Only programs with exactly this description.
        limit (int | Unset): Page size, 1 to 10000 (100 when left out).
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIncentiveProgramsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            status=status,
            type_=type_,
            incentive_description=incentive_description,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Get Incentives

     Pages through incentive programs, which reward trading activity on particular markets.

    Args:
        status (GetIncentiveProgramsStatus | Unset): Only programs in this status; all when left
            out.
        type_ (GetIncentiveProgramsType | Unset): Only programs of this type; all when left out.
        incentive_description (str | Unset): Only programs with exactly this description.
        limit (int | Unset): Page size, 1 to 10000 (100 when left out).
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIncentiveProgramsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            status=status,
            type_=type_,
            incentive_description=incentive_description,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Get Incentives

     Pages through incentive programs, which reward trading activity on particular markets.

    Args:
        status (GetIncentiveProgramsStatus | Unset): Only programs in this status; all when left
            out.
        type_ (GetIncentiveProgramsType | Unset): Only programs of this type; all when left out.
        incentive_description (str | Unset): Only programs with exactly this description.
        limit (int | Unset): Page size, 1 to 10000 (100 when left out).
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetIncentiveProgramsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            status=status,
            type_=type_,
            incentive_description=incentive_description,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Get Incentives

     Pages through incentive programs, which reward trading activity on particular markets.

    Args:
        status (GetIncentiveProgramsStatus | Unset): Only programs in this status; all when left
            out.
        type_ (GetIncentiveProgramsType | Unset): Only programs of this type; all when left out.
        incentive_description (str | Unset): Only programs with exactly this description.
        limit (int | Unset): Page size, 1 to 10000 (100 when left out).
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetIncentiveProgramsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            status=status,
            type_=type_,
            incentive_description=incentive_description,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )
