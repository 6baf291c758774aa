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
from kalshi_auth._money import nullable_money as _nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import as_subclass

_JSON_NAMES: tuple[str, ...] = (
    "open",
    "low",
    "high",
    "close",
    "mean",
    "previous",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PriceDistributionHistorical:
    """Yes trade prices over one candlestick period, in dollars; each is null when nothing traded."""

    open_: Decimal | None = _attrs_field(converter=_nullable_money)
    """ First trade price. """
    low: Decimal | None = _attrs_field(converter=_nullable_money)
    """ Lowest trade price. """
    high: Decimal | None = _attrs_field(converter=_nullable_money)
    """ Highest trade price. """
    close: Decimal | None = _attrs_field(converter=_nullable_money)
    """ Last trade price. """
    mean: Decimal | None = _attrs_field(converter=_nullable_money)
    """ Volume-weighted average trade price. """
    previous: Decimal | None = _attrs_field(converter=_nullable_money)
    """ Close of the period before; null for the first period or when nothing traded earlier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_: None | str = (
            self.open_ if self.open_ is None else _money_text(self.open_)
        )

        low: None | str = self.low if self.low is None else _money_text(self.low)

        high: None | str = self.high if self.high is None else _money_text(self.high)

        close: None | str = (
            self.close if self.close is None else _money_text(self.close)
        )

        mean: None | str = self.mean if self.mean is None else _money_text(self.mean)

        previous: None | str = (
            self.previous if self.previous is None else _money_text(self.previous)
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "open": open_,
                "low": low,
                "high": high,
                "close": close,
                "mean": mean,
                "previous": previous,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not PriceDistributionHistorical:
            return as_subclass(cls, PriceDistributionHistorical.from_dict(d))
        instance_ = _new(cls)
        open_ = d["open"]
        instance_.open_ = (
            open_
            if open_ is None
            else _decimals[open_]
            if open_ in _decimals
            else _decimal(open_)
        )
        low = d["low"]
        instance_.low = (
            low
            if low is None
            else _decimals[low]
            if low in _decimals
            else _decimal(low)
        )
        high = d["high"]
        instance_.high = (
            high
            if high is None
            else _decimals[high]
            if high in _decimals
            else _decimal(high)
        )
        close = d["close"]
        instance_.close = (
            close
            if close is None
            else _decimals[close]
            if close in _decimals
            else _decimal(close)
        )
        mean = d["mean"]
        instance_.mean = (
            mean
            if mean is None
            else _decimals[mean]
            if mean in _decimals
            else _decimal(mean)
        )
        previous = d["previous"]
        instance_.previous = (
            previous
            if previous is None
            else _decimals[previous]
            if previous in _decimals
            else _decimal(previous)
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
