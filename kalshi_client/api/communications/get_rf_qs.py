from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_rf_qs_response import GetRFQsResponse
from ...models.user_filter import UserFilter
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetRFQsResponse] = _rt.Operation(
    "GetRFQs",
    {
        200: GetRFQsResponse,
    },
)


from ...models.rfq import RFQ


def page_items(page: GetRFQsResponse) -> list[RFQ]:
    """The rfqs of one page: what ``kalshi_auth.paginate`` yields."""
    return page.rfqs


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["market_ticker"] = market_ticker

    params["subaccount"] = subaccount

    params["limit"] = limit

    params["status"] = status

    params["creator_user_id"] = creator_user_id

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = _enum_value(UserFilter, user_filter, "user_filter")

    params["user_filter"] = json_user_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/rfqs",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> Response[GetRFQsResponse]:
    """Get RFQs

     Pages through requests for quote, filterable by market, event, status and creator.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        market_ticker (str | Unset): Only items for this market.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.
        limit (int | Unset): Page size, 1 to 100 (100 when left out). Default: 100.
        status (str | Unset): Only RFQs in this status.
        creator_user_id (str | Unset): Only RFQs made by this user (a UUID); for your own, use
            user_filter=self.
        user_filter (UserFilter | Unset): self: only the caller's own RFQs.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetRFQsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> GetRFQsResponse:
    """Get RFQs

     Pages through requests for quote, filterable by market, event, status and creator.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        market_ticker (str | Unset): Only items for this market.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.
        limit (int | Unset): Page size, 1 to 100 (100 when left out). Default: 100.
        status (str | Unset): Only RFQs in this status.
        creator_user_id (str | Unset): Only RFQs made by this user (a UUID); for your own, use
            user_filter=self.
        user_filter (UserFilter | Unset): self: only the caller's own RFQs.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetRFQsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> Response[GetRFQsResponse]:
    """Get RFQs

     Pages through requests for quote, filterable by market, event, status and creator.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        market_ticker (str | Unset): Only items for this market.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.
        limit (int | Unset): Page size, 1 to 100 (100 when left out). Default: 100.
        status (str | Unset): Only RFQs in this status.
        creator_user_id (str | Unset): Only RFQs made by this user (a UUID); for your own, use
            user_filter=self.
        user_filter (UserFilter | Unset): self: only the caller's own RFQs.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetRFQsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> GetRFQsResponse:
    """Get RFQs

     Pages through requests for quote, filterable by market, event, status and creator.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        event_ticker (str | Unset): Only items for this one event.
        market_ticker (str | Unset): Only items for this market.
        subaccount (int | Unset): Subaccount number (0 is the primary account, 1-63 are
            subaccounts). Leave out to cover all of them.
        limit (int | Unset): Page size, 1 to 100 (100 when left out). Default: 100.
        status (str | Unset): Only RFQs in this status.
        creator_user_id (str | Unset): Only RFQs made by this user (a UUID); for your own, use
            user_filter=self.
        user_filter (UserFilter | Unset): self: only the caller's own RFQs.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetRFQsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
        ),
        _OPERATION,
    )
