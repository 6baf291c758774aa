from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="PriceDistribution")


@_attrs_define
class PriceDistribution:
    """Yes trade prices over one candlestick period, in dollars; null when nothing traded."""

    open_dollars: None | str | Unset = UNSET
    """ First trade price. """
    low_dollars: None | str | Unset = UNSET
    """ Lowest trade price. """
    high_dollars: None | str | Unset = UNSET
    """ Highest trade price. """
    close_dollars: None | str | Unset = UNSET
    """ Last trade price. """
    mean_dollars: None | str | Unset = UNSET
    """ Average trade price. """
    previous_dollars: None | str | Unset = UNSET
    """ Last trade price before the period; null when nothing traded earlier. """
    min_dollars: None | str | Unset = UNSET
    """ Lowest close of any market in the period. """
    max_dollars: None | str | Unset = UNSET
    """ Highest close of any market in the period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_dollars: None | str | Unset
        if isinstance(self.open_dollars, Unset):
            open_dollars = UNSET
        else:
            open_dollars = self.open_dollars

        low_dollars: None | str | Unset
        if isinstance(self.low_dollars, Unset):
            low_dollars = UNSET
        else:
            low_dollars = self.low_dollars

        high_dollars: None | str | Unset
        if isinstance(self.high_dollars, Unset):
            high_dollars = UNSET
        else:
            high_dollars = self.high_dollars

        close_dollars: None | str | Unset
        if isinstance(self.close_dollars, Unset):
            close_dollars = UNSET
        else:
            close_dollars = self.close_dollars

        mean_dollars: None | str | Unset
        if isinstance(self.mean_dollars, Unset):
            mean_dollars = UNSET
        else:
            mean_dollars = self.mean_dollars

        previous_dollars: None | str | Unset
        if isinstance(self.previous_dollars, Unset):
            previous_dollars = UNSET
        else:
            previous_dollars = self.previous_dollars

        min_dollars: None | str | Unset
        if isinstance(self.min_dollars, Unset):
            min_dollars = UNSET
        else:
            min_dollars = self.min_dollars

        max_dollars: None | str | Unset
        if isinstance(self.max_dollars, Unset):
            max_dollars = UNSET
        else:
            max_dollars = self.max_dollars

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
        price_distribution = cls(
            d.get("open_dollars", UNSET),
            d.get("low_dollars", UNSET),
            d.get("high_dollars", UNSET),
            d.get("close_dollars", UNSET),
            d.get("mean_dollars", UNSET),
            d.get("previous_dollars", UNSET),
            d.get("min_dollars", UNSET),
            d.get("max_dollars", UNSET),
        )
        if not _KNOWN.issuperset(d):
            price_distribution.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return price_distribution

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
