from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient
from ...types import Response

_OPERATION: _rt.Operation[None] = _rt.Operation(
    "DeleteRFQ",
    {
        204: None,
    },
)


def _get_kwargs(
    rfq_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
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
) -> Response[None]:
    """Delete RFQ

     Withdraws one of the caller's requests for quote.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.

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
        ),
        _OPERATION,
    )


def sync(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete RFQ

     Withdraws one of the caller's requests for quote.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.

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
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete RFQ

     Withdraws one of the caller's requests for quote.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.

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
        ),
        _OPERATION,
    )


async def asyncio(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete RFQ

     Withdraws one of the caller's requests for quote.

    Args:
        rfq_id (str): Id (a UUID) of the RFQ, passed exactly as it was returned.

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
        ),
        _OPERATION,
    )
