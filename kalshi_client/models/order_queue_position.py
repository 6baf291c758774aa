from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "order_id",
    "market_ticker",
    "queue_position_fp",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="OrderQueuePosition")


@_attrs_define
class OrderQueuePosition:
    order_id: str
    market_ticker: str
    queue_position_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        market_ticker = self.market_ticker

        queue_position_fp = self.queue_position_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "market_ticker": market_ticker,
                "queue_position_fp": queue_position_fp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        order_queue_position = cls(
            d["order_id"],
            d["market_ticker"],
            d["queue_position_fp"],
        )
        if not _KNOWN.issuperset(d):
            order_queue_position.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return order_queue_position

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
