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

_JSON_NAMES: tuple[str, ...] = (
    "open_dollars",
    "low_dollars",
    "high_dollars",
    "close_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="BidAskDistribution")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class BidAskDistribution:
    """Open, low, high and close of the best yes bid or ask over one candlestick period, in dollars."""

    open_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    low_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    high_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    close_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_dollars = _money_text(self.open_dollars)

        low_dollars = _money_text(self.low_dollars)

        high_dollars = _money_text(self.high_dollars)

        close_dollars = _money_text(self.close_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "open_dollars": open_dollars,
                "low_dollars": low_dollars,
                "high_dollars": high_dollars,
                "close_dollars": close_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not BidAskDistribution:
            return as_subclass(cls, BidAskDistribution.from_dict(d))
        instance_ = _new(cls)
        open_dollars = d["open_dollars"]
        instance_.open_dollars = (
            _decimals[open_dollars]
            if open_dollars in _decimals
            else _decimal(open_dollars)
        )
        low_dollars = d["low_dollars"]
        instance_.low_dollars = (
            _decimals[low_dollars]
            if low_dollars in _decimals
            else _decimal(low_dollars)
        )
        high_dollars = d["high_dollars"]
        instance_.high_dollars = (
            _decimals[high_dollars]
            if high_dollars in _decimals
            else _decimal(high_dollars)
        )
        close_dollars = d["close_dollars"]
        instance_.close_dollars = (
            _decimals[close_dollars]
            if close_dollars in _decimals
            else _decimal(close_dollars)
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
