"""Kalshi Trade API v2 for Python: a client that signs every request, and typed errors.

The endpoint functions are generated into ``kalshi_client.api``; this package holds the
handwritten part around them::

    from kalshi_auth import KalshiClient
    from kalshi_client.api.order_groups import get_order_groups

    with KalshiClient(key_id="...", private_key="~/kalshi.key", environment="demo") as client:
        groups = get_order_groups.sync(client=client)

Names load on first use (PEP 562): the generated code imports ``kalshi_auth._runtime``,
which runs this file, and a user of the unsigned ``kalshi_client.Client`` should not pay
for ``cryptography`` and the client's transports. Type checkers and IDEs see every name
through the ``TYPE_CHECKING`` imports below; ``_LAZY`` says where each one lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _lazy

if TYPE_CHECKING:
    from kalshi_client import __spec_version__, __version__

    from .client import KalshiClient
    from .environments import ENVIRONMENTS
    from .errors import (
        AuthenticationError,
        BadRequestError,
        ConflictError,
        KalshiAPIError,
        KalshiArgumentError,
        KalshiBackpressureError,
        KalshiBookOutOfSyncError,
        KalshiConfigError,
        KalshiConnectionError,
        KalshiError,
        KalshiMoneyError,
        KalshiPaginationError,
        KalshiPathError,
        KalshiRedirectError,
        KalshiResponseError,
        KalshiResponseTooLargeError,
        KalshiTimeoutError,
        KalshiWebSocketError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RequestTooCostlyError,
        ServerError,
    )
    from .keys import load_private_key
    from .pagination import apaginate, paginate
    from .rate_limit import TIERS, RateLimit, RateLimiter
    from .settings import KalshiSettings
    from .signing import Signer

#: Public name -> the module that defines it (relative to this package, or absolute).
_LAZY: dict[str, str] = {
    "KalshiClient": ".client",
    "ENVIRONMENTS": ".environments",
    "KalshiError": ".errors",
    "KalshiAPIError": ".errors",
    "BadRequestError": ".errors",
    "AuthenticationError": ".errors",
    "PermissionDeniedError": ".errors",
    "NotFoundError": ".errors",
    "ConflictError": ".errors",
    "RateLimitError": ".errors",
    "ServerError": ".errors",
    "RequestTooCostlyError": ".errors",
    "KalshiConfigError": ".errors",
    "KalshiConnectionError": ".errors",
    "KalshiTimeoutError": ".errors",
    "KalshiResponseError": ".errors",
    "KalshiPaginationError": ".errors",
    "KalshiPathError": ".errors",
    "KalshiArgumentError": ".errors",
    "KalshiMoneyError": ".errors",
    "KalshiRedirectError": ".errors",
    "KalshiResponseTooLargeError": ".errors",
    "KalshiWebSocketError": ".errors",
    "KalshiBackpressureError": ".errors",
    "KalshiBookOutOfSyncError": ".errors",
    "KalshiSettings": ".settings",
    "load_private_key": ".keys",
    "apaginate": ".pagination",
    "paginate": ".pagination",
    "TIERS": ".rate_limit",
    "RateLimit": ".rate_limit",
    "RateLimiter": ".rate_limit",
    "Signer": ".signing",
    "__spec_version__": "kalshi_client",
    "__version__": "kalshi_client",
}

__all__ = [
    "ENVIRONMENTS",
    "TIERS",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "KalshiAPIError",
    "KalshiArgumentError",
    "KalshiBackpressureError",
    "KalshiBookOutOfSyncError",
    "KalshiClient",
    "KalshiConfigError",
    "KalshiConnectionError",
    "KalshiError",
    "KalshiMoneyError",
    "KalshiPaginationError",
    "KalshiPathError",
    "KalshiRedirectError",
    "KalshiResponseError",
    "KalshiResponseTooLargeError",
    "KalshiSettings",
    "KalshiTimeoutError",
    "KalshiWebSocketError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "RequestTooCostlyError",
    "ServerError",
    "Signer",
    "__spec_version__",
    "__version__",
    "apaginate",
    "load_private_key",
    "paginate",
]


def __getattr__(name: str) -> Any:
    return _lazy.load(globals(), _LAZY, name)


def __dir__() -> list[str]:
    return _lazy.names(globals(), _LAZY)
