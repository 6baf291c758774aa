"""Path parameters: each id exactly one encoded segment of the URL, or refused before sending.

An empty or blank id would call the list URL; ``.`` and ``..`` would be resolved away by
URL normalisation into another endpoint, correctly signed (``cancel_order_v2(".")`` would
be CancelAllOrders). ``/`` and ``%`` are encoded too, so no id can add a segment or
smuggle an escape. A leaf: the standard library and ``kalshi_auth.errors``.
"""

from __future__ import annotations

from urllib.parse import quote

from .errors import KalshiPathError

__all__ = ["MAX_ID_LENGTH", "path"]


def path(template: str, **ids: object) -> str:
    """``template`` with each ``{name}`` filled by its id as exactly one encoded path segment.

    ``/`` and ``%`` are encoded too, so no id can add a segment or smuggle an escape (an
    id ``%2e`` is sent as ``%252e``, which one decoding turns back into the id).
    """
    return template.format_map({name: _segment(name, value) for name, value in ids.items()})


#: The longest id a path segment takes: Kalshi's ids and tickers are far shorter, and
#: httpx refuses URLs past 64 KiB with an error of its own.
MAX_ID_LENGTH = 1024


def _segment(name: str, value: object) -> str:
    if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
        raise KalshiPathError(f"{name} must be a str, not {type(value).__name__}: nothing was sent.", parameter=name)
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    if len(text) > MAX_ID_LENGTH:
        raise KalshiPathError(
            f"{name} is {len(text):,} characters long, more than any id ({MAX_ID_LENGTH:,}): nothing was sent.",
            parameter=name,
        )
    if not text.strip() or text in (".", ".."):
        shown = "empty" if not text else f"{text!r}"
        raise KalshiPathError(
            f"{name} is {shown}: a path parameter must name one resource; an empty, blank, '.' or '..' id "
            "would send the request to another endpoint, so nothing was sent.",
            parameter=name,
        )
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise KalshiPathError(
            f"{name} cannot be encoded as UTF-8 (it holds a lone surrogate): nothing was sent.", parameter=name
        ) from None
