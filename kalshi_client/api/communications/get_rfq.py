from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...models.get_rfq_response import GetRFQResponse
from ...types import Response

_OPERATION: _rt.Operation[GetRFQResponse] = _rt.Operation(
    "GetRFQ",
    {
        200: GetRFQResponse,
    },
)


def _get_kwargs(
    rfq_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _rt.path(
            "/communications/rfqs/{rfq_id}",
            rfq_id=rfq_id,
        ),
    }

    return _kwargs


def sync_detailed(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetRFQResponse]:
    """Get RFQ

     Returns one request for quote by its id.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetRFQResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            rfq_id=rfq_id,
        ),
        _OPERATION,
    )


def sync(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> GetRFQResponse:
    """Get RFQ

     Returns one request for quote by its id.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetRFQResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            rfq_id=rfq_id,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetRFQResponse]:
    """Get RFQ

     Returns one request for quote by its id.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.

    Raises:
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetRFQResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            rfq_id=rfq_id,
        ),
        _OPERATION,
    )


async def asyncio(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> GetRFQResponse:
    """Get RFQ

     Returns one request for quote by its id.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiPathError: If a path parameter is empty, blank, "." or "..", or cannot be encoded.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetRFQResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            rfq_id=rfq_id,
        ),
        _OPERATION,
    )
