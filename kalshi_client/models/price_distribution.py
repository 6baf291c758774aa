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
from kalshi_auth._money import optional_nullable_money as _optional_nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass

_JSON_NAMES: tuple[str, ...] = (
    "open_dollars",
    "low_dollars",
    "high_dollars",
    "close_dollars",
    "mean_dollars",
    "previous_dollars",
    "min_dollars",
    "max_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="PriceDistribution")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PriceDistribution:
    """Yes trade prices over one candlestick period, in dollars; null when nothing traded."""

    open_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ First trade price. """
    low_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Lowest trade price. """
    high_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Highest trade price. """
    close_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Last trade price. """
    mean_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Average trade price. """
    previous_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Last trade price before the period; null when nothing traded earlier. """
    min_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Lowest close of any market in the period. """
    max_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Highest close of any market in the period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_dollars: None | str | Unset = (
            self.open_dollars
            if self.open_dollars is None or isinstance(self.open_dollars, Unset)
            else _money_text(self.open_dollars)
        )

        low_dollars: None | str | Unset = (
            self.low_dollars
            if self.low_dollars is None or isinstance(self.low_dollars, Unset)
            else _money_text(self.low_dollars)
        )

        high_dollars: None | str | Unset = (
            self.high_dollars
            if self.high_dollars is None or isinstance(self.high_dollars, Unset)
            else _money_text(self.high_dollars)
        )

        close_dollars: None | str | Unset = (
            self.close_dollars
            if self.close_dollars is None or isinstance(self.close_dollars, Unset)
            else _money_text(self.close_dollars)
        )

        mean_dollars: None | str | Unset = (
            self.mean_dollars
            if self.mean_dollars is None or isinstance(self.mean_dollars, Unset)
            else _money_text(self.mean_dollars)
        )

        previous_dollars: None | str | Unset = (
            self.previous_dollars
            if self.previous_dollars is None or isinstance(self.previous_dollars, Unset)
            else _money_text(self.previous_dollars)
        )

        min_dollars: None | str | Unset = (
            self.min_dollars
            if self.min_dollars is None or isinstance(self.min_dollars, Unset)
            else _money_text(self.min_dollars)
        )

        max_dollars: None | str | Unset = (
            self.max_dollars
            if self.max_dollars is None or isinstance(self.max_dollars, Unset)
            else _money_text(self.max_dollars)
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_dollars is not UNSET:
            field_dict["open_dollars"] = open_dollars
        if low_dollars is not UNSET:
            field_dict["low_dollars"] = low_dollars
        if high_dollars is not UNSET:
            field_dict["high_dollars"] = high_dollars
        if close_dollars is not UNSET:
            field_dict["close_dollars"] = close_dollars
        if mean_dollars is not UNSET:
            field_dict["mean_dollars"] = mean_dollars
        if previous_dollars is not UNSET:
            field_dict["previous_dollars"] = previous_dollars
        if min_dollars is not UNSET:
            field_dict["min_dollars"] = min_dollars
        if max_dollars is not UNSET:
            field_dict["max_dollars"] = max_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not PriceDistribution:
            return as_subclass(cls, PriceDistribution.from_dict(d))
        instance_ = _new(cls)
        open_dollars = d.get("open_dollars", UNSET)
        instance_.open_dollars = (
            open_dollars
            if open_dollars is None or open_dollars is UNSET
            else _decimals[open_dollars]
            if open_dollars in _decimals
            else _decimal(open_dollars)
        )
        low_dollars = d.get("low_dollars", UNSET)
        instance_.low_dollars = (
            low_dollars
            if low_dollars is None or low_dollars is UNSET
            else _decimals[low_dollars]
            if low_dollars in _decimals
            else _decimal(low_dollars)
        )
        high_dollars = d.get("high_dollars", UNSET)
        instance_.high_dollars = (
            high_dollars
            if high_dollars is None or high_dollars is UNSET
            else _decimals[high_dollars]
            if high_dollars in _decimals
            else _decimal(high_dollars)
        )
        close_dollars = d.get("close_dollars", UNSET)
        instance_.close_dollars = (
            close_dollars
            if close_dollars is None or close_dollars is UNSET
            else _decimals[close_dollars]
            if close_dollars in _decimals
            else _decimal(close_dollars)
        )
        mean_dollars = d.get("mean_dollars", UNSET)
        instance_.mean_dollars = (
            mean_dollars
            if mean_dollars is None or mean_dollars is UNSET
            else _decimals[mean_dollars]
            if mean_dollars in _decimals
            else _decimal(mean_dollars)
        )
        previous_dollars = d.get("previous_dollars", UNSET)
        instance_.previous_dollars = (
            previous_dollars
            if previous_dollars is None or previous_dollars is UNSET
            else _decimals[previous_dollars]
            if previous_dollars in _decimals
            else _decimal(previous_dollars)
        )
        min_dollars = d.get("min_dollars", UNSET)
        instance_.min_dollars = (
            min_dollars
            if min_dollars is None or min_dollars is UNSET
            else _decimals[min_dollars]
            if min_dollars in _decimals
            else _decimal(min_dollars)
        )
        max_dollars = d.get("max_dollars", UNSET)
        instance_.max_dollars = (
            max_dollars
            if max_dollars is None or max_dollars is UNSET
            else _decimals[max_dollars]
            if max_dollars in _decimals
            else _decimal(max_dollars)
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
