from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.order_queue_position import OrderQueuePosition


from . import order_queue_position as _order_queue_position

_JSON_NAMES: tuple[str, ...] = ("queue_positions",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetOrderQueuePositionsResponse")


@_attrs_define
class GetOrderQueuePositionsResponse:
    queue_positions: list[OrderQueuePosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_positions = []
        for queue_positions_item_data in self.queue_positions:
            queue_positions_item = queue_positions_item_data.to_dict()
            queue_positions.append(queue_positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_positions": queue_positions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetOrderQueuePositionsResponse:
            return as_subclass(cls, GetOrderQueuePositionsResponse.from_dict(d))
        instance_ = _new(cls)
        queue_positions = d["queue_positions"]
        instance_.queue_positions = (
            []
            if queue_positions is None
            else [
                _order_queue_position.OrderQueuePosition.from_dict(item)
                for item in queue_positions
            ]
            if queue_positions.__class__ is list
            else _wrong_type(queue_positions)
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
