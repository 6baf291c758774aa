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
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.outcome_side import OutcomeSide
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_OutcomeSide_BY_VALUE = cast("dict[Any, OutcomeSide]", OutcomeSide._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "fill_id",
    "exchange_index",
    "ticker",
    "taker_outcome_side",
    "count_fp",
    "yes_price_dollars",
    "created_time",
    "maker_order_id",
    "maker_subtrader_id",
    "maker_fee_cost",
    "taker_order_id",
    "taker_subtrader_id",
    "taker_fee_cost",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_taker_outcome_side(value: OutcomeSide | Literal["yes", "no"]) -> OutcomeSide:
    return _enum_member(OutcomeSide, value, "taker_outcome_side")


T = TypeVar("T", bound="FcmFill")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class FcmFill:
    fill_id: str
    exchange_index: int
    """ Number of an exchange shard. """
    ticker: str
    taker_outcome_side: OutcomeSide = _attrs_field(converter=_to_taker_outcome_side)
    """ The outcome a position or fill is on: yes or no. """
    count_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_price_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    created_time: datetime.datetime | Unset = UNSET
    maker_order_id: str | Unset = UNSET
    """ Set when the maker order belongs to the FCM. """
    maker_subtrader_id: str | Unset = UNSET
    """ Set when the maker order belongs to the FCM. """
    maker_fee_cost: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    taker_order_id: str | Unset = UNSET
    """ Set when the taker order belongs to the FCM. """
    taker_subtrader_id: str | Unset = UNSET
    """ Set when the taker order belongs to the FCM. """
    taker_fee_cost: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_id = self.fill_id

        exchange_index = self.exchange_index

        ticker = self.ticker

        taker_outcome_side = _enum_value(
            OutcomeSide, self.taker_outcome_side, "taker_outcome_side"
        )

        count_fp = _money_text(self.count_fp)

        yes_price_dollars = _money_text(self.yes_price_dollars)

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        maker_order_id = self.maker_order_id

        maker_subtrader_id = self.maker_subtrader_id

        maker_fee_cost: str | Unset = UNSET
        if not isinstance(self.maker_fee_cost, Unset):
            maker_fee_cost = _money_text(self.maker_fee_cost)

        taker_order_id = self.taker_order_id

        taker_subtrader_id = self.taker_subtrader_id

        taker_fee_cost: str | Unset = UNSET
        if not isinstance(self.taker_fee_cost, Unset):
            taker_fee_cost = _money_text(self.taker_fee_cost)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fill_id": fill_id,
                "exchange_index": exchange_index,
                "ticker": ticker,
                "taker_outcome_side": taker_outcome_side,
                "count_fp": count_fp,
                "yes_price_dollars": yes_price_dollars,
            }
        )
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if maker_order_id is not UNSET:
            field_dict["maker_order_id"] = maker_order_id
        if maker_subtrader_id is not UNSET:
            field_dict["maker_subtrader_id"] = maker_subtrader_id
        if maker_fee_cost is not UNSET:
            field_dict["maker_fee_cost"] = maker_fee_cost
        if taker_order_id is not UNSET:
            field_dict["taker_order_id"] = taker_order_id
        if taker_subtrader_id is not UNSET:
            field_dict["taker_subtrader_id"] = taker_subtrader_id
        if taker_fee_cost is not UNSET:
            field_dict["taker_fee_cost"] = taker_fee_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not FcmFill:
            return as_subclass(cls, FcmFill.from_dict(d))
        instance_ = _new(cls)
        instance_.fill_id = (
            value_ if (value_ := d["fill_id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d["exchange_index"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.taker_outcome_side = (
            _OutcomeSide_BY_VALUE[d["taker_outcome_side"]]
            if d["taker_outcome_side"] in _OutcomeSide_BY_VALUE
            else OutcomeSide(d["taker_outcome_side"])
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
        created_time = d.get("created_time", UNSET)
        instance_.created_time = (
            created_time
            if created_time is UNSET
            else _datetime_fromisoformat(created_time)
        )
        instance_.maker_order_id = (
            value_
            if (value_ := d.get("maker_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.maker_subtrader_id = (
            value_
            if (value_ := d.get("maker_subtrader_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        maker_fee_cost = d.get("maker_fee_cost")
        instance_.maker_fee_cost = (
            UNSET
            if maker_fee_cost is None
            else _decimals[maker_fee_cost]
            if maker_fee_cost in _decimals
            else _decimal(maker_fee_cost)
        )
        instance_.taker_order_id = (
            value_
            if (value_ := d.get("taker_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.taker_subtrader_id = (
            value_
            if (value_ := d.get("taker_subtrader_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        taker_fee_cost = d.get("taker_fee_cost")
        instance_.taker_fee_cost = (
            UNSET
            if taker_fee_cost is None
            else _decimals[taker_fee_cost]
            if taker_fee_cost in _decimals
            else _decimal(taker_fee_cost)
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
