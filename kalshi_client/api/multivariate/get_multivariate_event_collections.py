from typing import Any, Literal

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_multivariate_event_collections_response import (
    GetMultivariateEventCollectionsResponse,
)
from ...models.get_multivariate_event_collections_status import (
    GetMultivariateEventCollectionsStatus,
)
from ...types import UNSET, Response, Unset
from ...types import enum_value as _enum_value

_OPERATION: _rt.Operation[GetMultivariateEventCollectionsResponse] = _rt.Operation(
    "GetMultivariateEventCollections",
    {
        200: GetMultivariateEventCollectionsResponse,
    },
)


from ...models.multivariate_event_collection import MultivariateEventCollection


def page_items(
    page: GetMultivariateEventCollectionsResponse,
) -> list[MultivariateEventCollection]:
    """The multivariate_contracts of one page: what ``kalshi_auth.paginate`` yields."""
    return page.multivariate_contracts


def _get_kwargs(
    *,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = _enum_value(
            GetMultivariateEventCollectionsStatus, status, "status"
        )

    params["status"] = json_status

    params["associated_event_ticker"] = associated_event_ticker

    params["series_ticker"] = series_ticker

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/multivariate_event_collections",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMultivariateEventCollectionsResponse]:
    """Get Multivariate Event Collections

     Pages through multivariate event collections, filterable by status, event and series.

    Args:
        status (GetMultivariateEventCollectionsStatus | Unset): Only collections in this status.
        associated_event_ticker (str | Unset): Only collections tied to this event.
        series_ticker (str | Unset): Only collections in this series.
        limit (int | Unset): Page size, 1 to 200.
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMultivariateEventCollectionsResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            status=status,
            associated_event_ticker=associated_event_ticker,
            series_ticker=series_ticker,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMultivariateEventCollectionsResponse:
    """Get Multivariate Event Collections

     Pages through multivariate event collections, filterable by status, event and series.

    Args:
        status (GetMultivariateEventCollectionsStatus | Unset): Only collections in this status.
        associated_event_ticker (str | Unset): Only collections tied to this event.
        series_ticker (str | Unset): Only collections in this series.
        limit (int | Unset): Page size, 1 to 200.
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMultivariateEventCollectionsResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            status=status,
            associated_event_ticker=associated_event_ticker,
            series_ticker=series_ticker,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMultivariateEventCollectionsResponse]:
    """Get Multivariate Event Collections

     Pages through multivariate event collections, filterable by status, event and series.

    Args:
        status (GetMultivariateEventCollectionsStatus | Unset): Only collections in this status.
        associated_event_ticker (str | Unset): Only collections tied to this event.
        series_ticker (str | Unset): Only collections in this series.
        limit (int | Unset): Page size, 1 to 200.
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMultivariateEventCollectionsResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            status=status,
            associated_event_ticker=associated_event_ticker,
            series_ticker=series_ticker,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMultivariateEventCollectionsResponse:
    """Get Multivariate Event Collections

     Pages through multivariate event collections, filterable by status, event and series.

    Args:
        status (GetMultivariateEventCollectionsStatus | Unset): Only collections in this status.
        associated_event_ticker (str | Unset): Only collections tied to this event.
        series_ticker (str | Unset): Only collections in this series.
        limit (int | Unset): Page size, 1 to 200.
        cursor (str | Unset): The cursor from the previous page's response.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMultivariateEventCollectionsResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            status=status,
            associated_event_ticker=associated_event_ticker,
            series_ticker=series_ticker,
            limit=limit,
            cursor=cursor,
        ),
        _OPERATION,
    )
