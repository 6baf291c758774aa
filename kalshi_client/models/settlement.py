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

from ..models.settlement_market_result import SettlementMarketResult
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_SettlementMarketResult_BY_VALUE = cast(
    "dict[Any, SettlementMarketResult]", SettlementMarketResult._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "event_ticker",
    "market_result",
    "yes_count_fp",
    "yes_total_cost_dollars",
    "no_count_fp",
    "no_total_cost_dollars",
    "revenue",
    "settled_time",
    "fee_cost",
    "exchange_index",
    "value",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_market_result(
    value: SettlementMarketResult | Literal["yes", "no", "scalar"],
) -> SettlementMarketResult:
    return _enum_member(SettlementMarketResult, value, "market_result")


T = TypeVar("T", bound="Settlement")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Settlement:
    """
    Example:
        {'ticker': 'KXHIGHNY-26NOV29-T48', 'exchange_index': 0, 'event_ticker': 'KXHIGHNY-26NOV29', 'market_result':
            'yes', 'yes_count_fp': '12.00', 'yes_total_cost_dollars': '7.4400', 'no_count_fp': '0.00',
            'no_total_cost_dollars': '0.0000', 'revenue': 1200, 'settled_time': '2026-11-30T16:11:45.270391Z', 'fee_cost':
            '0.2000', 'value': 100}

    """

    ticker: str
    event_ticker: str
    market_result: SettlementMarketResult = _attrs_field(converter=_to_market_result)
    """ How the market settled: yes, no, or scalar (at a value in between). """
    yes_count_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_total_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_count_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    no_total_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    revenue: int
    """ What the settlement paid out, in cents (a winning contract pays 100). """
    settled_time: datetime.datetime
    fee_cost: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    value: int | None | Unset = UNSET
    """ Payout of one yes contract, in cents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        event_ticker = self.event_ticker

        market_result = _enum_value(
            SettlementMarketResult, self.market_result, "market_result"
        )

        yes_count_fp = _money_text(self.yes_count_fp)

        yes_total_cost_dollars = _money_text(self.yes_total_cost_dollars)

        no_count_fp = _money_text(self.no_count_fp)

        no_total_cost_dollars = _money_text(self.no_total_cost_dollars)

        revenue = self.revenue

        settled_time = self.settled_time.isoformat()

        fee_cost = _money_text(self.fee_cost)

        exchange_index = self.exchange_index

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "event_ticker": event_ticker,
                "market_result": market_result,
                "yes_count_fp": yes_count_fp,
                "yes_total_cost_dollars": yes_total_cost_dollars,
                "no_count_fp": no_count_fp,
                "no_total_cost_dollars": no_total_cost_dollars,
                "revenue": revenue,
                "settled_time": settled_time,
                "fee_cost": fee_cost,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Settlement:
            return as_subclass(cls, Settlement.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_result = (
            _SettlementMarketResult_BY_VALUE[d["market_result"]]
            if d["market_result"] in _SettlementMarketResult_BY_VALUE
            else SettlementMarketResult(d["market_result"])
        )
        yes_count_fp = d["yes_count_fp"]
        instance_.yes_count_fp = (
            _decimals[yes_count_fp]
            if yes_count_fp in _decimals
            else _decimal(yes_count_fp)
        )
        yes_total_cost_dollars = d["yes_total_cost_dollars"]
        instance_.yes_total_cost_dollars = (
            _decimals[yes_total_cost_dollars]
            if yes_total_cost_dollars in _decimals
            else _decimal(yes_total_cost_dollars)
        )
        no_count_fp = d["no_count_fp"]
        instance_.no_count_fp = (
            _decimals[no_count_fp]
            if no_count_fp in _decimals
            else _decimal(no_count_fp)
        )
        no_total_cost_dollars = d["no_total_cost_dollars"]
        instance_.no_total_cost_dollars = (
            _decimals[no_total_cost_dollars]
            if no_total_cost_dollars in _decimals
            else _decimal(no_total_cost_dollars)
        )
        instance_.revenue = (
            value_ if (value_ := d["revenue"]).__class__ is int else _wrong_type(value_)
        )
        instance_.settled_time = _datetime_fromisoformat(d["settled_time"])
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
        instance_.value = (
            value_
            if (value_ := d.get("value", UNSET)).__class__ is int
            or value_ is None
            or value_ is UNSET
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
