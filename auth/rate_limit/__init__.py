"""Client-side rate limits: pace requests by Kalshi's token buckets instead of meeting 429s.

- ``tiers``: what a limit is (``Budget``, ``RateLimit``) and the published tiers;
- ``costs``: which bucket a request draws on and what it costs;
- ``bucket``: the token bucket and its queue;
- ``limiter``: ``RateLimiter``, an account's two buckets and how requests wait;
- ``discovery``: ``rate_limit="auto"``, reading the account's own limits;
- ``transport``: ``RateLimitTransport``, where requests meet the limiter.

``docs/guide/rate-limits.md`` is the user's guide.
"""

from .bucket import TokenBucket
from .costs import OPERATIONS, Charge, Operation, ServerCosts, charge_for
from .discovery import RateLimitWarning
from .limiter import RateLimiter
from .tiers import DEFAULT_COST, TIERS, Budget, RateLimit
from .transport import RateLimitTransport

__all__ = [
    "DEFAULT_COST",
    "OPERATIONS",
    "TIERS",
    "Budget",
    "Charge",
    "Operation",
    "RateLimit",
    "RateLimitTransport",
    "RateLimitWarning",
    "RateLimiter",
    "ServerCosts",
    "TokenBucket",
    "charge_for",
]
