from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.empty_response import EmptyResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[None] = _rt.Operation(
    "ConfirmRFQQuote",
    {
        204: None,
    },
)


def _get_kwargs(
    rfq_id: str,
    quote_id: str,
    *,
    body: EmptyResponse | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": _rt.path(
            "/communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm",
            rfq_id=rfq_id,
            quote_id=quote_id,
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs.setdefault("json", {})
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def sync_detailed(
    rfq_id: str,
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> Response[None]:
    """Confirm RFQ Quote

     Confirms, as the quoter, a quote that has been accepted; this starts the timer to execution.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.
        quote_id (str): Id (a UUID) of the quote, passed exactly as it was returned.
        body (EmptyResponse | Unset): Carries nothing, but Kalshi's servers expect a JSON content
            type on these calls, so the client sends `{}` unless told otherwise.

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
            rfq_id=rfq_id,
            quote_id=quote_id,
            body=body,
        ),
        _OPERATION,
    )


def sync(
    rfq_id: str,
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> None:
    """Confirm RFQ Quote

     Confirms, as the quoter, a quote that has been accepted; this starts the timer to execution.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.
        quote_id (str): Id (a UUID) of the quote, passed exactly as it was returned.
        body (EmptyResponse | Unset): Carries nothing, but Kalshi's servers expect a JSON content
            type on these calls, so the client sends `{}` unless told otherwise.

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
            rfq_id=rfq_id,
            quote_id=quote_id,
            body=body,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    rfq_id: str,
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> Response[None]:
    """Confirm RFQ Quote

     Confirms, as the quoter, a quote that has been accepted; this starts the timer to execution.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.
        quote_id (str): Id (a UUID) of the quote, passed exactly as it was returned.
        body (EmptyResponse | Unset): Carries nothing, but Kalshi's servers expect a JSON content
            type on these calls, so the client sends `{}` unless told otherwise.

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
            rfq_id=rfq_id,
            quote_id=quote_id,
            body=body,
        ),
        _OPERATION,
    )


async def asyncio(
    rfq_id: str,
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> None:
    """Confirm RFQ Quote

     Confirms, as the quoter, a quote that has been accepted; this starts the timer to execution.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.
        quote_id (str): Id (a UUID) of the quote, passed exactly as it was returned.
        body (EmptyResponse | Unset): Carries nothing, but Kalshi's servers expect a JSON content
            type on these calls, so the client sends `{}` unless told otherwise.

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
            rfq_id=rfq_id,
            quote_id=quote_id,
            body=body,
        ),
        _OPERATION,
    )
