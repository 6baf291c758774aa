"""Money as ``decimal.Decimal``: Kalshi's fixed-point strings read exactly, written back as the same text.

Prices, amounts and contract counts (the spec's ``FixedPointDollars`` and ``FixedPointCount``)
travel as decimal strings such as ``"0.5600"`` and ``"10.00"``. The generated models hold them
as ``Decimal``, never ``float``: a float cannot hold most of these amounts (``0.1 + 0.2 !=
0.3``), so a price computed or sent through one is not the price that was meant.

- ``DECIMALS`` is what the generated ``from_dict`` reads each money field of an answer from:
  a dict from text to ``Decimal``, filled by ``remember`` as new texts come. Prices and counts repeat across a page
  (a 200-market page recorded from Kalshi held 57 distinct values in 3,000), so most fields cost
  one dict lookup, and equal amounts share one immutable ``Decimal``. A new text goes through
  ``parse``: a ``decimal.Context`` method in C that keeps every digit (``"0.5600"`` stays
  ``Decimal("0.5600")``), after and before checks that it is money (see ``parse``); anything
  else raises ``decimal.InvalidOperation``, which the runtime turns into a
  ``KalshiResponseError`` naming the field (``kalshi_auth._mismatch``).
- ``money`` and its three variants are the attrs converters of the model constructors: they take
  a ``Decimal``, a ``str`` or an ``int`` (what their annotations tell mypy and pyright) and
  refuse a float, a bool, NaN, infinities, amounts past ``SCALE_LIMIT`` and bad text with ``KalshiMoneyError``.
- ``text`` writes a value back: ``format(value, "f")``, the same digits the server sent.

A leaf: the standard library and ``kalshi_client.types``; the error class loads when one is raised.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import NoReturn

from kalshi_client.types import Unset

__all__ = [
    "DECIMALS",
    "money",
    "nullable_money",
    "optional_money",
    "optional_nullable_money",
    "parse",
    "remember",
    "text",
]

# No rounding (precision and exponents at their limits), floats and bad text trapped.
_EXACT = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.FloatOperation, decimal.InvalidOperation],
)

#: Digits either side of the point a money value may reach (``Decimal.adjusted()``). Kalshi's
#: amounts use a handful; the bound stops a 12-byte text such as ``"1e999999999"`` from
#: becoming a billion digits when it is written out again (``text``) or converted by a user.
SCALE_LIMIT = 40

_create = _EXACT.create_decimal


def _sound(value: Decimal) -> bool:
    """A finite amount within ``SCALE_LIMIT``: what money may be."""
    return value.is_finite() and -SCALE_LIMIT <= value.adjusted() <= SCALE_LIMIT


def parse(text: object) -> Decimal:
    """A money value of an answer as an exact ``Decimal``; ``decimal.InvalidOperation`` if it is not money.

    An ASCII decimal text or an ``int``; never a bool (JSON's ``false`` is not ``0``), a
    float, digits of other scripts, NaN, an infinity, or an amount past ``SCALE_LIMIT``.
    """
    if text.__class__ is str:
        if text.isascii():
            value: Decimal = _create(text)
            # _sound, written out: this runs for every money text an answer brings for the first time.
            if value.is_finite() and -SCALE_LIMIT <= value.adjusted() <= SCALE_LIMIT:
                return value
        raise decimal.InvalidOperation("not an ASCII text of a finite amount of sensible size")
    if text.__class__ is not int:
        raise decimal.InvalidOperation(f"a JSON {type(text).__name__}, not a decimal string")
    value = _create(text)
    if not _sound(value):
        raise decimal.InvalidOperation("not an amount of sensible size")
    return value


#: Texts kept at most; the cache is emptied when it is full (a few hundred KiB at most).
CACHE_SIZE = 4096


#: Text -> its ``Decimal``, for the texts seen lately (``str`` only: a JSON float never hits).
DECIMALS: dict[object, Decimal] = {}


def remember(text: object) -> Decimal:
    """``parse(text)``, kept in ``DECIMALS`` for the next time (what ``from_dict`` calls on a miss)."""
    value = parse(text)
    if text.__class__ is str:
        if len(DECIMALS) >= CACHE_SIZE:
            DECIMALS.clear()
        DECIMALS[text] = value
    return value


def money(value: Decimal | str | int) -> Decimal:
    """``value`` as an exact, finite ``Decimal``; ``KalshiMoneyError`` for a float or anything else."""
    if isinstance(value, Decimal) and value.__class__ is Decimal and _sound(value):
        return value
    if isinstance(value, bool) or not isinstance(value, Decimal | str | int):
        _refuse(value, "is not a Decimal, a str or an int")
    if isinstance(value, str) and not value.isascii():
        _refuse(value, "is not a plain decimal number such as '0.56'")
    try:
        result: Decimal = _create(value)
    except decimal.InvalidOperation:
        _refuse(value, "is not a plain decimal number such as '0.56'")
    if not result.is_finite():
        _refuse(value, "is not a finite amount")
    if not _sound(result):
        _refuse(value, f"has more than {SCALE_LIMIT} digits before or after the point")
    return result


def optional_money(value: Decimal | str | int | Unset) -> Decimal | Unset:
    """``money`` for a field that may be left out (``UNSET``)."""
    return value if isinstance(value, Unset) else money(value)


def nullable_money(value: Decimal | str | int | None) -> Decimal | None:
    """``money`` for a field that may be ``None``."""
    return None if value is None else money(value)


def optional_nullable_money(value: Decimal | str | int | None | Unset) -> Decimal | None | Unset:
    """``money`` for a field that may be ``None`` or left out (``UNSET``)."""
    return value if value is None or isinstance(value, Unset) else money(value)


def text(value: Decimal | str | int) -> str:
    """The wire text of a money value: a parsed ``Decimal("0.5600")`` gives back ``"0.5600"``.

    A value assigned after construction (models do not convert assignments) is checked here:
    a float, NaN, an infinity or an absurd exponent raises ``KalshiMoneyError`` instead of being sent.
    """
    return format(value if value.__class__ is Decimal and _sound(value) else money(value), "f")


def _refuse(value: object, problem: str) -> NoReturn:
    from .errors import KalshiMoneyError

    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    why = " (a float cannot hold most decimal amounts exactly)" if isinstance(value, float) else ""
    raise KalshiMoneyError(
        f"Money must be a Decimal or a string (an int also works): {type(value).__name__} {shown} {problem}{why}; "
        "pass Decimal('0.56') or '0.56'."
    )
