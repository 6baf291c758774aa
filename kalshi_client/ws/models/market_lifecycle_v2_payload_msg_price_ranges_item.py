from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "start",
    "end",
    "step",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="MarketLifecycleV2PayloadMsgPriceRangesItem")


@_attrs_define
class MarketLifecycleV2PayloadMsgPriceRangesItem:
    start: str
    """ Lowest price of the range, in dollars. """
    end: str
    """ Highest price of the range, in dollars. """
    step: str
    """ Tick size within the range, in dollars. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "step": step,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        market_lifecycle_v2_payload_msg_price_ranges_item = cls(
            d["start"],
            d["end"],
            d["step"],
        )
        if not _KNOWN.issuperset(d):
            market_lifecycle_v2_payload_msg_price_ranges_item.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return market_lifecycle_v2_payload_msg_price_ranges_item

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
