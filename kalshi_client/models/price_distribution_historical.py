from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "open",
    "low",
    "high",
    "close",
    "mean",
    "previous",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define
class PriceDistributionHistorical:
    """Yes trade prices over one candlestick period, in dollars; each is null when nothing traded."""

    open_: None | str
    """ First trade price. """
    low: None | str
    """ Lowest trade price. """
    high: None | str
    """ Highest trade price. """
    close: None | str
    """ Last trade price. """
    mean: None | str
    """ Volume-weighted average trade price. """
    previous: None | str
    """ Close of the period before; null for the first period or when nothing traded earlier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_: None | str
        open_ = self.open_

        low: None | str
        low = self.low

        high: None | str
        high = self.high

        close: None | str
        close = self.close

        mean: None | str
        mean = self.mean

        previous: None | str
        previous = self.previous

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
        price_distribution_historical = cls(
            d["open"],
            d["low"],
            d["high"],
            d["close"],
            d["mean"],
            d["previous"],
        )
        if not _KNOWN.issuperset(d):
            price_distribution_historical.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return price_distribution_historical

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
