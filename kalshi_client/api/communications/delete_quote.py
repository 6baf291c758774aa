from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...types import Response

_OPERATION: _rt.Operation[None] = _rt.Operation(
    "DeleteQuote",
    {
        204: None,
    },
)


def _get_kwargs(
    quote_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": _rt.path(
            "/communications/quotes/{quote_id}",
            quote_id=quote_id,
        ),
    }

    return _kwargs


def sync_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete Quote

     Deprecated in favour of DeleteRFQQuote: withdraws a quote.

    Args:
        quote_id (str): Id (a UUID) of the quote, passed exactly as it was returned.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            quote_id=quote_id,
        ),
        _OPERATION,
    )


def sync(
    quote_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete Quote

     Deprecated in favour of DeleteRFQQuote: withdraws a quote.

    Args:
        quote_id (str): Id (a UUID) of the quote, passed exactly as it was returned.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    return _rt.call(
        client,
        _get_kwargs(
            quote_id=quote_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete Quote

     Deprecated in favour of DeleteRFQQuote: withdraws a quote.

    Args:
        quote_id (str): Id (a UUID) of the quote, passed exactly as it was returned.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            quote_id=quote_id,
        ),
        _OPERATION,
    )


async def asyncio(
    quote_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete Quote

     Deprecated in favour of DeleteRFQQuote: withdraws a quote.

    Args:
        quote_id (str): Id (a UUID) of the quote, passed exactly as it was returned.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        None
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            quote_id=quote_id,
        ),
        _OPERATION,
    )
