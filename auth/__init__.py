"""Kalshi Trade API v2 for Python: a client that signs every request, and typed errors.

The endpoint functions are generated into ``kalshi_client.api``; this package holds the
handwritten part around them::

    from kalshi_auth import KalshiClient
    from kalshi_client.api.order_groups import get_order_groups

    with KalshiClient(key_id="...", private_key="~/kalshi.key", environment="demo") as client:
        groups = get_order_groups.sync(client=client)
"""

from kalshi_client import __spec_version__, __version__

from .client import KalshiClient
from .environments import ENVIRONMENTS
from .errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
    KalshiBackpressureError,
    KalshiBookOutOfSyncError,
    KalshiConfigError,
    KalshiConnectionError,
    KalshiError,
    KalshiPaginationError,
    KalshiRedirectError,
    KalshiResponseError,
    KalshiResponseTooLargeError,
    KalshiTimeoutError,
    KalshiWebSocketError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from .keys import load_private_key
from .pagination import apaginate, paginate
from .rate_limit import TIERS, RateLimit, RateLimiter
from .settings import KalshiSettings
from .signing import Signer

__all__ = [
    "ENVIRONMENTS",
    "TIERS",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "KalshiAPIError",
    "KalshiBackpressureError",
    "KalshiBookOutOfSyncError",
    "KalshiClient",
    "KalshiConfigError",
    "KalshiConnectionError",
    "KalshiError",
    "KalshiPaginationError",
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
    "ServerError",
    "Signer",
    "__spec_version__",
    "__version__",
    "apaginate",
    "load_private_key",
    "paginate",
]
