from typing import Any

from kalshi_auth import _runtime as _rt

from ...client import AuthenticatedClient, Client
from ...models.get_series_fee_changes_response import GetSeriesFeeChangesResponse
from ...types import UNSET, Response, Unset

_OPERATION: _rt.Operation[GetSeriesFeeChangesResponse] = _rt.Operation(
    "GetSeriesFeeChanges",
    {
        200: GetSeriesFeeChangesResponse,
    },
)


def _get_kwargs(
    *,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["series_ticker"] = series_ticker

    params["show_historical"] = show_historical

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/fee_changes",
        "params": params,
    }

    return _kwargs


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[GetSeriesFeeChangesResponse]:
    """Get Series Fee Changes

     Lists scheduled changes to series fees, for one series or all, optionally with past changes too.

    Args:
        series_ticker (str | Unset): Only changes for this series.
        show_historical (bool | Unset): Also list changes that already took effect. Default:
            False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesFeeChangesResponse]
    """

    return _rt.call_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            show_historical=show_historical,
        ),
        _OPERATION,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Get Series Fee Changes

     Lists scheduled changes to series fees, for one series or all, optionally with past changes too.

    Args:
        series_ticker (str | Unset): Only changes for this series.
        show_historical (bool | Unset): Also list changes that already took effect. Default:
            False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesFeeChangesResponse
    """

    return _rt.call(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            show_historical=show_historical,
        ),
        _OPERATION,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[GetSeriesFeeChangesResponse]:
    """Get Series Fee Changes

     Lists scheduled changes to series fees, for one series or all, optionally with past changes too.

    Args:
        series_ticker (str | Unset): Only changes for this series.
        show_historical (bool | Unset): Also list changes that already took effect. Default:
            False.

    Raises:
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        Response[GetSeriesFeeChangesResponse]
    """

    return await _rt.acall_detailed(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            show_historical=show_historical,
        ),
        _OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Get Series Fee Changes

     Lists scheduled changes to series fees, for one series or all, optionally with past changes too.

    Args:
        series_ticker (str | Unset): Only changes for this series.
        show_historical (bool | Unset): Also list changes that already took effect. Default:
            False.

    Raises:
        kalshi_auth.KalshiAPIError: If the server answers with a status other than 2xx.
        kalshi_auth.KalshiResponseError: If a 2xx body is not JSON or does not match the model.
        kalshi_auth.KalshiConnectionError: If the server cannot be reached.
        kalshi_auth.KalshiTimeoutError: If the request takes longer than the client's timeout.

    Returns:
        GetSeriesFeeChangesResponse
    """

    return await _rt.acall(
        client,
        _get_kwargs(
            series_ticker=series_ticker,
            show_historical=show_historical,
        ),
        _OPERATION,
    )
