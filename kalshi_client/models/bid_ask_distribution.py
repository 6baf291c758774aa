from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "open_dollars",
    "low_dollars",
    "high_dollars",
    "close_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="BidAskDistribution")


@_attrs_define
class BidAskDistribution:
    """Open, low, high and close of the best yes bid or ask over one candlestick period, in dollars."""

    open_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    low_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    high_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    close_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_dollars = self.open_dollars

        low_dollars = self.low_dollars

        high_dollars = self.high_dollars

        close_dollars = self.close_dollars

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
        bid_ask_distribution = cls(
            d["open_dollars"],
            d["low_dollars"],
            d["high_dollars"],
            d["close_dollars"],
        )
        if not _KNOWN.issuperset(d):
            bid_ask_distribution.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return bid_ask_distribution

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
