"""``Retry-After`` read defensively: seconds or an HTTP date, whatever a server sends.

A stdlib-only leaf, so that any module (the retry layer, the error builder) can use it.
Numbers and dates of any size give a float (``inf`` for absurd ones) that the caller
compares with its budget; a value that is neither (negative, text, inf or nan) gives
None, as if the header were absent.
"""

from __future__ import annotations

import math
import time
from email.utils import parsedate_to_datetime

#: More digits than this is more than 30 years of seconds: treated as forever.
_MAX_DIGITS = 9


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait (0 for a date in the past), ``inf`` for an absurd value, None if unreadable."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    whole, dot, fraction = text.partition(".")
    if text.isascii() and whole.isdigit() and (not dot or fraction.isdigit()):
        # RFC 9110 allows whole seconds only; a decimal such as "1.5" is read as meant.
        return float(text) if len(whole) <= _MAX_DIGITS else math.inf
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    try:
        timestamp = when.timestamp()
    except (OverflowError, OSError, ValueError):
        return math.inf
    return max(0.0, timestamp - (time.time() if now is None else now))
