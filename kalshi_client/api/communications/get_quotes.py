from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_quotes_response import GetQuotesResponse
from ...models.user_filter import UserFilter
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetQuotesResponse] = _rt.Operation(
    "GetQuotes",
    {
        200: GetQuotesResponse,
    },
)


from ...models.quote import Quote


def page_items(page: GetQuotesResponse) -> list[Quote]:
    """The quotes of one page: what ``kalshi_auth.paginate`` yields."""
    return page.quotes


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["status"] = status

    params["quote_creator_user_id"] = quote_creator_user_id

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = _enum_value(UserFilter, user_filter, "user_filter")

    params["user_filter"] = json_user_filter

    json_rfq_user_filter: str | Unset = UNSET
    if not isinstance(rfq_user_filter, Unset):
        json_rfq_user_filter = _enum_value(
            UserFilter, rfq_user_filter, "rfq_user_filter"
        )

    params["rfq_user_filter"] = json_rfq_user_filter

    params["rfq_creator_user_id"] = rfq_creator_user_id

    params["rfq_creator_subtrader_id"] = rfq_creator_subtrader_id

    params["rfq_id"] = rfq_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/quotes",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[GetQuotesResponse]:
    """Get Quotes

     Pages through quotes, filterable by RFQ, creator, status and last update time.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        min_ts (int | Unset): Only quotes last updated after this time, as a Unix timestamp.
        max_ts (int | Unset): Only quotes last updated before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 500 (500 when left out). Default: 500.
        status (str | Unset): Only quotes in this status.
        quote_creator_user_id (str | Unset): Only quotes made by this user.
        user_filter (UserFilter | Unset): self: only quotes the caller made.
        rfq_user_filter (UserFilter | Unset): self: only quotes on RFQs the caller made.
        rfq_creator_user_id (str | Unset): Only quotes on RFQs made by this user.
        rfq_creator_subtrader_id (str | Unset): Only quotes on RFQs made by this subtrader (FCM
            members only).
        rfq_id (str | Unset): Only quotes on this RFQ (a UUID, passed exactly as returned).

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetQuotesResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            status=status,
            quote_creator_user_id=quote_creator_user_id,
            user_filter=user_filter,
            rfq_user_filter=rfq_user_filter,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_creator_subtrader_id=rfq_creator_subtrader_id,
            rfq_id=rfq_id,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Get Quotes

     Pages through quotes, filterable by RFQ, creator, status and last update time.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        min_ts (int | Unset): Only quotes last updated after this time, as a Unix timestamp.
        max_ts (int | Unset): Only quotes last updated before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 500 (500 when left out). Default: 500.
        status (str | Unset): Only quotes in this status.
        quote_creator_user_id (str | Unset): Only quotes made by this user.
        user_filter (UserFilter | Unset): self: only quotes the caller made.
        rfq_user_filter (UserFilter | Unset): self: only quotes on RFQs the caller made.
        rfq_creator_user_id (str | Unset): Only quotes on RFQs made by this user.
        rfq_creator_subtrader_id (str | Unset): Only quotes on RFQs made by this subtrader (FCM
            members only).
        rfq_id (str | Unset): Only quotes on this RFQ (a UUID, passed exactly as returned).

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetQuotesResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            status=status,
            quote_creator_user_id=quote_creator_user_id,
            user_filter=user_filter,
            rfq_user_filter=rfq_user_filter,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_creator_subtrader_id=rfq_creator_subtrader_id,
            rfq_id=rfq_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[GetQuotesResponse]:
    """Get Quotes

     Pages through quotes, filterable by RFQ, creator, status and last update time.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        min_ts (int | Unset): Only quotes last updated after this time, as a Unix timestamp.
        max_ts (int | Unset): Only quotes last updated before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 500 (500 when left out). Default: 500.
        status (str | Unset): Only quotes in this status.
        quote_creator_user_id (str | Unset): Only quotes made by this user.
        user_filter (UserFilter | Unset): self: only quotes the caller made.
        rfq_user_filter (UserFilter | Unset): self: only quotes on RFQs the caller made.
        rfq_creator_user_id (str | Unset): Only quotes on RFQs made by this user.
        rfq_creator_subtrader_id (str | Unset): Only quotes on RFQs made by this subtrader (FCM
            members only).
        rfq_id (str | Unset): Only quotes on this RFQ (a UUID, passed exactly as returned).

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetQuotesResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            status=status,
            quote_creator_user_id=quote_creator_user_id,
            user_filter=user_filter,
            rfq_user_filter=rfq_user_filter,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_creator_subtrader_id=rfq_creator_subtrader_id,
            rfq_id=rfq_id,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Get Quotes

     Pages through quotes, filterable by RFQ, creator, status and last update time.

    Args:
        cursor (str | Unset): The cursor from the previous page's response; leave out for the
            first page.
        min_ts (int | Unset): Only quotes last updated after this time, as a Unix timestamp.
        max_ts (int | Unset): Only quotes last updated before this time, as a Unix timestamp.
        limit (int | Unset): Page size, 1 to 500 (500 when left out). Default: 500.
        status (str | Unset): Only quotes in this status.
        quote_creator_user_id (str | Unset): Only quotes made by this user.
        user_filter (UserFilter | Unset): self: only quotes the caller made.
        rfq_user_filter (UserFilter | Unset): self: only quotes on RFQs the caller made.
        rfq_creator_user_id (str | Unset): Only quotes on RFQs made by this user.
        rfq_creator_subtrader_id (str | Unset): Only quotes on RFQs made by this subtrader (FCM
            members only).
        rfq_id (str | Unset): Only quotes on this RFQ (a UUID, passed exactly as returned).

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetQuotesResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            status=status,
            quote_creator_user_id=quote_creator_user_id,
            user_filter=user_filter,
            rfq_user_filter=rfq_user_filter,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_creator_subtrader_id=rfq_creator_subtrader_id,
            rfq_id=rfq_id,
        ),
        _OPERATION,
    )
