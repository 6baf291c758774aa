from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.create_market_in_multivariate_event_collection_request import (
    CreateMarketInMultivariateEventCollectionRequest,
)
from ...models.create_market_in_multivariate_event_collection_response import (
    CreateMarketInMultivariateEventCollectionResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[CreateMarketInMultivariateEventCollectionResponse] = (
    _rt.Operation(
        "CreateMarketInMultivariateEventCollection",
        {
            200: CreateMarketInMultivariateEventCollectionResponse,
        },
    )
)


def _get_kwargs(
    collection_ticker: str,
    *,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _rt.path(
            "/multivariate_event_collections/{collection_ticker}",
            collection_ticker=collection_ticker,
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
    """Create Market In Multivariate Event Collection

     Creates the market for a chosen combination of markets in a collection, which must happen before it
    can be traded or looked up; each user may do this 5000 times a week.

    Args:
        collection_ticker (str): Ticker of the collection.
        body (CreateMarketInMultivariateEventCollectionRequest): The request: a
            CreateMarketInMultivariateEventCollectionRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateMarketInMultivariateEventCollectionResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            collection_ticker=collection_ticker,
            body=body,
        ),
        _OPERATION,
    )


def sync(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Create Market In Multivariate Event Collection

     Creates the market for a chosen combination of markets in a collection, which must happen before it
    can be traded or looked up; each user may do this 5000 times a week.

    Args:
        collection_ticker (str): Ticker of the collection.
        body (CreateMarketInMultivariateEventCollectionRequest): The request: a
            CreateMarketInMultivariateEventCollectionRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateMarketInMultivariateEventCollectionResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            collection_ticker=collection_ticker,
            body=body,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
    """Create Market In Multivariate Event Collection

     Creates the market for a chosen combination of markets in a collection, which must happen before it
    can be traded or looked up; each user may do this 5000 times a week.

    Args:
        collection_ticker (str): Ticker of the collection.
        body (CreateMarketInMultivariateEventCollectionRequest): The request: a
            CreateMarketInMultivariateEventCollectionRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[CreateMarketInMultivariateEventCollectionResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            collection_ticker=collection_ticker,
            body=body,
        ),
        _OPERATION,
    )


async def asyncio(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Create Market In Multivariate Event Collection

     Creates the market for a chosen combination of markets in a collection, which must happen before it
    can be traded or looked up; each user may do this 5000 times a week.

    Args:
        collection_ticker (str): Ticker of the collection.
        body (CreateMarketInMultivariateEventCollectionRequest): The request: a
            CreateMarketInMultivariateEventCollectionRequest, its fields as keyword arguments.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        CreateMarketInMultivariateEventCollectionResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            collection_ticker=collection_ticker,
            body=body,
        ),
        _OPERATION,
    )
