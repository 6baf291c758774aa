from typing import Any

import httpx
from kalshi_auth import runtime as _kalshi

from ...client import AuthenticatedClient, Client
from ...models.get_quotes_response import GetQuotesResponse
from ...models.user_filter import UserFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
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
        json_user_filter = UserFilter(user_filter).value

    params["user_filter"] = json_user_filter

    json_rfq_user_filter: str | Unset = UNSET
    if not isinstance(rfq_user_filter, Unset):
        json_rfq_user_filter = UserFilter(rfq_user_filter).value

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetQuotesResponse | None:
    if response.is_success:
        try:
            response_200 = GetQuotesResponse.from_dict(response.json())

            return response_200

        except _kalshi.MODEL_ERRORS as exc:
            raise _kalshi.response_error(response, exc) from exc
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetQuotesResponse]:
    return Response(
        status_code=_kalshi.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[GetQuotesResponse]:
    """Get Quotes

     Pages through quotes, filterable by RFQ, creator, status and last update time.

    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset): self limits the results to the caller's own items; leave
            out for everyone's.
        rfq_user_filter (UserFilter | Unset): self limits the results to the caller's own items;
            leave out for everyone's.
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetQuotesResponse]
    """

    kwargs = _get_kwargs(
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
    )

    with _kalshi.transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Get Quotes

     Pages through quotes, filterable by RFQ, creator, status and last update time.

    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset): self limits the results to the caller's own items; leave
            out for everyone's.
        rfq_user_filter (UserFilter | Unset): self limits the results to the caller's own items;
            leave out for everyone's.
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetQuotesResponse
    """

    kwargs = _get_kwargs(
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
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[GetQuotesResponse]:
    """Get Quotes

     Pages through quotes, filterable by RFQ, creator, status and last update time.

    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset): self limits the results to the caller's own items; leave
            out for everyone's.
        rfq_user_filter (UserFilter | Unset): self limits the results to the caller's own items;
            leave out for everyone's.
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetQuotesResponse]
    """

    kwargs = _get_kwargs(
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
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Get Quotes

     Pages through quotes, filterable by RFQ, creator, status and last update time.

    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset): self limits the results to the caller's own items; leave
            out for everyone's.
        rfq_user_filter (UserFilter | Unset): self limits the results to the caller's own items;
            leave out for everyone's.
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetQuotesResponse
    """

    kwargs = _get_kwargs(
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
    )

    with _kalshi.transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _kalshi.expect_success(
        response, _parse_response(client=client, response=response)
    )
