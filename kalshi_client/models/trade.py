from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.book_side import BookSide
from ..models.trade_taker_outcome_side import TradeTakerOutcomeSide
from ..models.trade_taker_side import TradeTakerSide
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)
_TradeTakerOutcomeSide_BY_VALUE = cast(
    "dict[Any, TradeTakerOutcomeSide]", TradeTakerOutcomeSide._value2member_map_
)
_TradeTakerSide_BY_VALUE = cast(
    "dict[Any, TradeTakerSide]", TradeTakerSide._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "trade_id",
    "ticker",
    "count_fp",
    "yes_price_dollars",
    "no_price_dollars",
    "taker_outcome_side",
    "taker_book_side",
    "created_time",
    "is_block_trade",
    "taker_side",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_taker_outcome_side(
    value: TradeTakerOutcomeSide | Literal["yes", "no"],
) -> TradeTakerOutcomeSide:
    return _enum_member(TradeTakerOutcomeSide, value, "taker_outcome_side")


def _to_taker_book_side(value: BookSide | Literal["bid", "ask"]) -> BookSide:
    return _enum_member(BookSide, value, "taker_book_side")


def _to_taker_side(
    value: TradeTakerSide | Literal["yes", "no"] | Unset,
) -> TradeTakerSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(TradeTakerSide, value, "taker_side")


T = TypeVar("T", bound="Trade")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Trade:
    """
    Example:
        {'trade_id': '1700b8ad-d8bb-450e-a68f-5590a19f38dc', 'ticker': 'KXHIGHNY-26NOV30-T50', 'count_fp': '4.00',
            'yes_price_dollars': '0.5500', 'no_price_dollars': '0.4500', 'taker_outcome_side': 'yes', 'taker_book_side':
            'bid', 'created_time': '2026-11-30T14:02:37.513904Z', 'is_block_trade': False}

    """

    trade_id: str
    ticker: str
    count_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_price_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_price_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    taker_outcome_side: TradeTakerOutcomeSide = _attrs_field(
        converter=_to_taker_outcome_side
    )
    """ The outcome the taker took: buying yes or selling no gives yes, buying no or selling yes gives no. """
    taker_book_side: BookSide = _attrs_field(converter=_to_taker_book_side)
    """ Side of the yes book: bid buys yes, ask sells yes. Selling yes is the same as buying no at 1 minus the
    price. """
    created_time: datetime.datetime
    is_block_trade: bool
    """ True when the trade was matched off the book as a block trade (e.g. through an RFQ). """
    taker_side: TradeTakerSide | Unset = _attrs_field(
        default=UNSET, converter=_to_taker_side
    )
    """ Deprecated; use taker_outcome_side or taker_book_side. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        ticker = self.ticker

        count_fp = _money_text(self.count_fp)

        yes_price_dollars = _money_text(self.yes_price_dollars)

        no_price_dollars = _money_text(self.no_price_dollars)

        taker_outcome_side = _enum_value(
            TradeTakerOutcomeSide, self.taker_outcome_side, "taker_outcome_side"
        )

        taker_book_side = _enum_value(BookSide, self.taker_book_side, "taker_book_side")

        created_time = self.created_time.isoformat()

        is_block_trade = self.is_block_trade

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = _enum_value(TradeTakerSide, self.taker_side, "taker_side")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trade_id": trade_id,
                "ticker": ticker,
                "count_fp": count_fp,
                "yes_price_dollars": yes_price_dollars,
                "no_price_dollars": no_price_dollars,
                "taker_outcome_side": taker_outcome_side,
                "taker_book_side": taker_book_side,
                "created_time": created_time,
                "is_block_trade": is_block_trade,
            }
        )
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Trade:
            return as_subclass(cls, Trade.from_dict(d))
        instance_ = _new(cls)
        instance_.trade_id = (
            value_
            if (value_ := d["trade_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        count_fp = d["count_fp"]
        instance_.count_fp = (
            _decimals[count_fp] if count_fp in _decimals else _decimal(count_fp)
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
        instance_.taker_outcome_side = (
            _TradeTakerOutcomeSide_BY_VALUE[d["taker_outcome_side"]]
            if d["taker_outcome_side"] in _TradeTakerOutcomeSide_BY_VALUE
            else TradeTakerOutcomeSide(d["taker_outcome_side"])
        )
        instance_.taker_book_side = (
            _BookSide_BY_VALUE[d["taker_book_side"]]
            if d["taker_book_side"] in _BookSide_BY_VALUE
            else BookSide(d["taker_book_side"])
        )
        instance_.created_time = _datetime_fromisoformat(d["created_time"])
        instance_.is_block_trade = (
            value_
            if (value_ := d["is_block_trade"]) is True or value_ is False
            else _wrong_type(value_)
        )
        taker_side = d.get("taker_side", UNSET)
        instance_.taker_side = (
            taker_side
            if taker_side is UNSET
            else (
                _TradeTakerSide_BY_VALUE[taker_side]
                if taker_side in _TradeTakerSide_BY_VALUE
                else TradeTakerSide(taker_side)
            )
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
