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
from ..models.fill_action import FillAction
from ..models.fill_side import FillSide
from ..models.outcome_side import OutcomeSide
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)
_FillAction_BY_VALUE = cast("dict[Any, FillAction]", FillAction._value2member_map_)
_FillSide_BY_VALUE = cast("dict[Any, FillSide]", FillSide._value2member_map_)
_OutcomeSide_BY_VALUE = cast("dict[Any, OutcomeSide]", OutcomeSide._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "fill_id",
    "trade_id",
    "order_id",
    "ticker",
    "market_ticker",
    "count_fp",
    "yes_price_dollars",
    "no_price_dollars",
    "is_taker",
    "fee_cost",
    "exchange_index",
    "side",
    "action",
    "outcome_side",
    "book_side",
    "created_time",
    "subaccount_number",
    "ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_side(value: FillSide | Literal["yes", "no"] | Unset) -> FillSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(FillSide, value, "side")


def _to_action(
    value: FillAction | Literal["buy", "sell"] | Unset,
) -> FillAction | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(FillAction, value, "action")


def _to_outcome_side(
    value: OutcomeSide | Literal["yes", "no"] | Unset,
) -> OutcomeSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(OutcomeSide, value, "outcome_side")


def _to_book_side(value: BookSide | Literal["bid", "ask"] | Unset) -> BookSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(BookSide, value, "book_side")


T = TypeVar("T", bound="Fill")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Fill:
    """
    Example:
        {'fill_id': '1700b8ad-d8bb-450e-a68f-5590a19f38dc', 'exchange_index': 0, 'trade_id':
            '1700b8ad-d8bb-450e-a68f-5590a19f38dc', 'order_id': '5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924', 'ticker':
            'KXHIGHNY-26NOV30-T50', 'market_ticker': 'KXHIGHNY-26NOV30-T50', 'outcome_side': 'yes', 'book_side': 'bid',
            'count_fp': '4.00', 'yes_price_dollars': '0.5500', 'no_price_dollars': '0.4500', 'is_taker': True,
            'created_time': '2026-11-30T14:02:37.513904Z', 'fee_cost': '0.0700', 'subaccount_number': 0, 'ts': 1796047357}

    """

    fill_id: str
    trade_id: str
    """ Same as fill_id (older name). """
    order_id: str
    ticker: str
    market_ticker: str
    """ Same as ticker (older name). """
    count_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_price_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_price_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    is_taker: bool
    """ True when the fill took liquidity from the book. """
    fee_cost: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    side: FillSide | Unset = _attrs_field(default=UNSET, converter=_to_side)
    """ Deprecated; use outcome_side or book_side. """
    action: FillAction | Unset = _attrs_field(default=UNSET, converter=_to_action)
    """ Deprecated; use outcome_side or book_side. """
    outcome_side: OutcomeSide | Unset = _attrs_field(
        default=UNSET, converter=_to_outcome_side
    )
    """ The outcome a position or fill is on: yes or no. """
    book_side: BookSide | Unset = _attrs_field(default=UNSET, converter=_to_book_side)
    """ Side of the yes book: bid buys yes, ask sells yes. Selling yes is the same as buying no at 1 minus the
    price. """
    created_time: datetime.datetime | Unset = UNSET
    subaccount_number: int | None | Unset = UNSET
    """ 0 is the primary account, 1-63 are numbered subaccounts. """
    ts: int | Unset = UNSET
    """ Unix timestamp of the fill (older field). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_id = self.fill_id

        trade_id = self.trade_id

        order_id = self.order_id

        ticker = self.ticker

        market_ticker = self.market_ticker

        count_fp = _money_text(self.count_fp)

        yes_price_dollars = _money_text(self.yes_price_dollars)

        no_price_dollars = _money_text(self.no_price_dollars)

        is_taker = self.is_taker

        fee_cost = _money_text(self.fee_cost)

        exchange_index = self.exchange_index

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = _enum_value(FillSide, self.side, "side")

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = _enum_value(FillAction, self.action, "action")

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = _enum_value(OutcomeSide, self.outcome_side, "outcome_side")

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = _enum_value(BookSide, self.book_side, "book_side")

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fill_id": fill_id,
                "trade_id": trade_id,
                "order_id": order_id,
                "ticker": ticker,
                "market_ticker": market_ticker,
                "count_fp": count_fp,
                "yes_price_dollars": yes_price_dollars,
                "no_price_dollars": no_price_dollars,
                "is_taker": is_taker,
                "fee_cost": fee_cost,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Fill:
            return as_subclass(cls, Fill.from_dict(d))
        instance_ = _new(cls)
        instance_.fill_id = (
            value_ if (value_ := d["fill_id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.trade_id = (
            value_
            if (value_ := d["trade_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.order_id = (
            value_
            if (value_ := d["order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
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
        instance_.is_taker = (
            value_
            if (value_ := d["is_taker"]) is True or value_ is False
            else _wrong_type(value_)
        )
        fee_cost = d["fee_cost"]
        instance_.fee_cost = (
            _decimals[fee_cost] if fee_cost in _decimals else _decimal(fee_cost)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d.get("exchange_index", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        side = d.get("side", UNSET)
        instance_.side = (
            side
            if side is UNSET
            else (
                _FillSide_BY_VALUE[side]
                if side in _FillSide_BY_VALUE
                else FillSide(side)
            )
        )
        action = d.get("action", UNSET)
        instance_.action = (
            action
            if action is UNSET
            else (
                _FillAction_BY_VALUE[action]
                if action in _FillAction_BY_VALUE
                else FillAction(action)
            )
        )
        outcome_side = d.get("outcome_side", UNSET)
        instance_.outcome_side = (
            outcome_side
            if outcome_side is UNSET
            else (
                _OutcomeSide_BY_VALUE[outcome_side]
                if outcome_side in _OutcomeSide_BY_VALUE
                else OutcomeSide(outcome_side)
            )
        )
        book_side = d.get("book_side", UNSET)
        instance_.book_side = (
            book_side
            if book_side is UNSET
            else (
                _BookSide_BY_VALUE[book_side]
                if book_side in _BookSide_BY_VALUE
                else BookSide(book_side)
            )
        )
        created_time = d.get("created_time", UNSET)
        instance_.created_time = (
            created_time
            if created_time is UNSET
            else _datetime_fromisoformat(created_time)
        )
        instance_.subaccount_number = (
            value_
            if (value_ := d.get("subaccount_number", UNSET)).__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
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
