"""What a rate limit is: two token budgets, one for reads and one for writes.

Kalshi meters each account in tokens. A request costs its operation's tokens (most cost
10); a bucket refills continuously at ``refill_rate`` tokens a second up to
``bucket_capacity``, and a request the bucket cannot cover is refused with a 429. The
names here are those of ``GET /account/limits``, so its answer maps field for field.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from ..errors import KalshiConfigError

#: Tokens a request costs when nothing cheaper or dearer is known for its operation.
DEFAULT_COST = 10.0


@dataclass(frozen=True, slots=True)
class Budget:
    """One bucket: ``refill_rate`` tokens a second, at most ``bucket_capacity`` saved up.

    ``bucket_capacity`` defaults to one second of refill, Kalshi's rule for read buckets.
    """

    refill_rate: float
    bucket_capacity: float = field(default=0.0)

    def __post_init__(self) -> None:
        if not _positive(self.refill_rate) or not (_positive(self.bucket_capacity) or self.bucket_capacity == 0):
            raise KalshiConfigError(
                f"A rate-limit budget needs a positive refill_rate and bucket_capacity (tokens), "
                f"not {self.refill_rate!r} and {self.bucket_capacity!r}."
            )
        if self.bucket_capacity == 0:
            object.__setattr__(self, "bucket_capacity", float(self.refill_rate))

    @property
    def refill_seconds(self) -> float:
        """How long an empty bucket takes to fill up."""
        return self.bucket_capacity / self.refill_rate


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The read and write budgets of one account (``usage_tier`` names it in messages)."""

    read: Budget
    write: Budget
    usage_tier: str = "custom"

    @classmethod
    def from_api(cls, body: Any) -> RateLimit:
        """The limits from a ``GET /account/limits`` answer; ``TypeError`` or ``ValueError`` if it does not fit."""
        if not isinstance(body, dict):
            raise TypeError("the answer is not a JSON object")
        try:
            return cls(
                read=_budget(body.get("read")),
                write=_budget(body.get("write")),
                usage_tier=str(body.get("usage_tier") or "unknown"),
            )
        except KalshiConfigError as exc:
            raise ValueError(str(exc)) from None

    def __str__(self) -> str:
        return (
            f"{self.usage_tier}: read {self.read.refill_rate:g} tokens/s (bucket {self.read.bucket_capacity:g}), "
            f"write {self.write.refill_rate:g} tokens/s (bucket {self.write.bucket_capacity:g})"
        )


def _positive(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def _budget(part: object) -> Budget:
    if not isinstance(part, dict):
        raise TypeError("a read or write budget is missing")
    rate, capacity = part.get("refill_rate"), part.get("bucket_capacity")
    if not _positive(rate) or not _positive(capacity):
        raise ValueError(f"refill_rate {rate!r} and bucket_capacity {capacity!r} must be positive numbers")
    if not (MIN_READ_RATE <= rate <= MAX_READ_RATE and rate <= capacity <= MAX_BUCKET_SECONDS * rate):
        # Not believed: 1e-12 tokens a second would make every call wait for ages, for the client's life.
        raise ValueError(
            f"refill_rate {rate!r} and bucket_capacity {capacity!r} are not a budget Kalshi gives "
            f"({MIN_READ_RATE:g} to {MAX_READ_RATE:g} tokens a second, a bucket of 1 to {MAX_BUCKET_SECONDS:g} "
            "seconds of it)"
        )
    return Budget(refill_rate=float(rate), bucket_capacity=float(capacity))


#: The readings of ``GET /account/limits`` believed (tokens a second; a bucket's capacity in
#: seconds of refill): Kalshi's tiers run from 100 to a few thousand, with buckets of 1 or 2 s.
MIN_READ_RATE, MAX_READ_RATE, MAX_BUCKET_SECONDS = 10.0, 1_000_000.0, 60.0


#: Kalshi's published tiers, in tokens a second. A read bucket holds one second of its
#: budget, a write bucket two (one on Basic). Tiers without published numbers (Expert,
#: Prestige...) are only known through ``rate_limit="auto"``.
TIERS: dict[str, RateLimit] = {
    "basic": RateLimit(Budget(200, 200), Budget(100, 100), "basic"),
    "advanced": RateLimit(Budget(300, 300), Budget(300, 600), "advanced"),
    "premier": RateLimit(Budget(1000, 1000), Budget(1000, 2000), "premier"),
    "paragon": RateLimit(Budget(2000, 2000), Budget(2000, 4000), "paragon"),
    "prime": RateLimit(Budget(4000, 4000), Budget(4000, 8000), "prime"),
}
