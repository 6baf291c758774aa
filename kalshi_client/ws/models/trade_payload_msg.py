from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)
_MarketSide_BY_VALUE = cast("dict[Any, MarketSide]", MarketSide._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "trade_id",
    "market_ticker",
    "yes_price_dollars",
    "no_price_dollars",
    "count_fp",
    "taker_outcome_side",
    "taker_book_side",
    "is_block_trade",
    "ts_ms",
    "taker_side",
    "ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_taker_outcome_side(value: MarketSide | Literal["yes", "no"]) -> MarketSide:
    return _enum_member(MarketSide, value, "taker_outcome_side")


def _to_taker_book_side(value: BookSide | Literal["bid", "ask"]) -> BookSide:
    return _enum_member(BookSide, value, "taker_book_side")


def _to_taker_side(
    value: MarketSide | Literal["yes", "no"] | Unset,
) -> MarketSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(MarketSide, value, "taker_side")


T = TypeVar("T", bound="TradePayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TradePayloadMsg:
    """The content of the message."""

    trade_id: UUID
    """ The trade's identifier. """
    market_ticker: str
    """ The market's ticker. """
    yes_price_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    no_price_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    count_fp: Decimal = _attrs_field(converter=_money)
    """ Number of contracts. """
    taker_outcome_side: MarketSide = _attrs_field(converter=_to_taker_outcome_side)
    """ The outcome (yes or no) the taker bought. """
    taker_book_side: BookSide = _attrs_field(converter=_to_taker_book_side)
    """ Whether the taker was a bid or an ask. """
    is_block_trade: bool
    """ Whether the trade was a block trade. """
    ts_ms: int
    """ When it happened (Unix time, milliseconds). """
    taker_side: MarketSide | Unset = _attrs_field(
        default=UNSET, converter=_to_taker_side
    )
    """ Deprecated by Kalshi: kept for old clients; prefer the field named in its place. """
    ts: int | Unset = UNSET
    """ When it happened (Unix time, seconds). Deprecated by Kalshi: kept for old clients; prefer the field named in
    its place. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = str(self.trade_id)

        market_ticker = self.market_ticker

        yes_price_dollars = _money_text(self.yes_price_dollars)

        no_price_dollars = _money_text(self.no_price_dollars)

        count_fp = _money_text(self.count_fp)

        taker_outcome_side = _enum_value(
            MarketSide, self.taker_outcome_side, "taker_outcome_side"
        )

        taker_book_side = _enum_value(BookSide, self.taker_book_side, "taker_book_side")

        is_block_trade = self.is_block_trade

        ts_ms = self.ts_ms

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = _enum_value(MarketSide, self.taker_side, "taker_side")

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trade_id": trade_id,
                "market_ticker": market_ticker,
                "yes_price_dollars": yes_price_dollars,
                "no_price_dollars": no_price_dollars,
                "count_fp": count_fp,
                "taker_outcome_side": taker_outcome_side,
                "taker_book_side": taker_book_side,
                "is_block_trade": is_block_trade,
                "ts_ms": ts_ms,
            }
        )
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not TradePayloadMsg:
            return as_subclass(cls, TradePayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.trade_id = UUID(d["trade_id"])
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        yes_price_dollars = d["yes_price_dollars"]
        instance_.yes_price_dollars = (
            _decimals[yes_price_dollars]
            if yes_price_dollars in _decimals
            else _decimal(yes_price_dollars)
        )
        no_price_dollars = d["no_price_dollars"]
        instance_.no_price_dollars = (
            _decimals[no_price_dollars]
            if no_price_dollars in _decimals
            else _decimal(no_price_dollars)
        )
        count_fp = d["count_fp"]
        instance_.count_fp = (
            _decimals[count_fp] if count_fp in _decimals else _decimal(count_fp)
        )
        instance_.taker_outcome_side = (
            _MarketSide_BY_VALUE[d["taker_outcome_side"]]
            if d["taker_outcome_side"] in _MarketSide_BY_VALUE
            else MarketSide(d["taker_outcome_side"])
        )
        instance_.taker_book_side = (
            _BookSide_BY_VALUE[d["taker_book_side"]]
            if d["taker_book_side"] in _BookSide_BY_VALUE
            else BookSide(d["taker_book_side"])
        )
        instance_.is_block_trade = (
            value_
            if (value_ := d["is_block_trade"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.ts_ms = (
            value_ if (value_ := d["ts_ms"]).__class__ is int else _wrong_type(value_)
        )
        taker_side = d.get("taker_side", UNSET)
        instance_.taker_side = (
            taker_side
            if taker_side is UNSET
            else (
                _MarketSide_BY_VALUE[taker_side]
                if taker_side in _MarketSide_BY_VALUE
                else MarketSide(taker_side)
            )
        )
        instance_.ts = (
            value_
            if (value_ := d.get("ts", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.additional_properties = (
            {}
            if _KNOWN.issuperset(d)
            else {key: value for key, value in d.items() if key not in _KNOWN}
        )
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
