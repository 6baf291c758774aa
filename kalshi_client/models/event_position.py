from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "total_cost_dollars",
    "total_cost_shares_fp",
    "event_exposure_dollars",
    "realized_pnl_dollars",
    "fees_paid_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="EventPosition")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EventPosition:
    """
    Example:
        {'event_ticker': 'KXHIGHNY-26NOV30', 'total_cost_dollars': '2.2000', 'total_cost_shares_fp': '4.00',
            'event_exposure_dollars': '2.2000', 'realized_pnl_dollars': '0.0000', 'fees_paid_dollars': '0.0700'}

    """

    event_ticker: str
    total_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    total_cost_shares_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    event_exposure_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    realized_pnl_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    fees_paid_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        total_cost_dollars = _money_text(self.total_cost_dollars)

        total_cost_shares_fp = _money_text(self.total_cost_shares_fp)

        event_exposure_dollars = _money_text(self.event_exposure_dollars)

        realized_pnl_dollars = _money_text(self.realized_pnl_dollars)

        fees_paid_dollars = _money_text(self.fees_paid_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "total_cost_dollars": total_cost_dollars,
                "total_cost_shares_fp": total_cost_shares_fp,
                "event_exposure_dollars": event_exposure_dollars,
                "realized_pnl_dollars": realized_pnl_dollars,
                "fees_paid_dollars": fees_paid_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not EventPosition:
            return as_subclass(cls, EventPosition.from_dict(d))
        instance_ = _new(cls)
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        total_cost_dollars = d["total_cost_dollars"]
        instance_.total_cost_dollars = (
            _decimals[total_cost_dollars]
            if total_cost_dollars in _decimals
            else _decimal(total_cost_dollars)
        )
        total_cost_shares_fp = d["total_cost_shares_fp"]
        instance_.total_cost_shares_fp = (
            _decimals[total_cost_shares_fp]
            if total_cost_shares_fp in _decimals
            else _decimal(total_cost_shares_fp)
        )
        event_exposure_dollars = d["event_exposure_dollars"]
        instance_.event_exposure_dollars = (
            _decimals[event_exposure_dollars]
            if event_exposure_dollars in _decimals
            else _decimal(event_exposure_dollars)
        )
        realized_pnl_dollars = d["realized_pnl_dollars"]
        instance_.realized_pnl_dollars = (
            _decimals[realized_pnl_dollars]
            if realized_pnl_dollars in _decimals
            else _decimal(realized_pnl_dollars)
        )
        fees_paid_dollars = d["fees_paid_dollars"]
        instance_.fees_paid_dollars = (
            _decimals[fees_paid_dollars]
            if fees_paid_dollars in _decimals
            else _decimal(fees_paid_dollars)
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
