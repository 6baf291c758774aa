from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_multivariate_event_collection_response import (
    GetMultivariateEventCollectionResponse,
)
from ...types import Response

_OPERATION: _rt.Operation[GetMultivariateEventCollectionResponse] = _rt.Operation(
    "GetMultivariateEventCollection",
    {
        200: GetMultivariateEventCollectionResponse,
    },
)


def _get_kwargs(
    collection_ticker: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/multivariate_event_collections/{collection_ticker}",
            collection_ticker=collection_ticker,
        ),
    }

    return _kwargs


def sync_detailed(
    collection_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetMultivariateEventCollectionResponse]:
    """Get Multivariate Event Collection

     Returns one multivariate event collection by its ticker.

    Args:
        collection_ticker (str): Ticker of the collection.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMultivariateEventCollectionResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            collection_ticker=collection_ticker,
        ),
        _OPERATION,
    )


def sync(
    collection_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetMultivariateEventCollectionResponse:
    """Get Multivariate Event Collection

     Returns one multivariate event collection by its ticker.

    Args:
        collection_ticker (str): Ticker of the collection.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMultivariateEventCollectionResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            collection_ticker=collection_ticker,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    collection_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetMultivariateEventCollectionResponse]:
    """Get Multivariate Event Collection

     Returns one multivariate event collection by its ticker.

    Args:
        collection_ticker (str): Ticker of the collection.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetMultivariateEventCollectionResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            collection_ticker=collection_ticker,
        ),
        _OPERATION,
    )


async def asyncio(
    collection_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetMultivariateEventCollectionResponse:
    """Get Multivariate Event Collection

     Returns one multivariate event collection by its ticker.

    Args:
        collection_ticker (str): Ticker of the collection.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetMultivariateEventCollectionResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            collection_ticker=collection_ticker,
        ),
        _OPERATION,
    )
