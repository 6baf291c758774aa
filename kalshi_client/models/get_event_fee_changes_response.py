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
    from ..models.event_fee_change import EventFeeChange


from . import event_fee_change as _event_fee_change

_JSON_NAMES: tuple[str, ...] = (
    "event_fee_changes",
    "cursor",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetEventFeeChangesResponse")


@_attrs_define
class GetEventFeeChangesResponse:
    event_fee_changes: list[EventFeeChange]
    cursor: str
    """ Cursor for the next page; empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_fee_changes = []
        for event_fee_changes_item_data in self.event_fee_changes:
            event_fee_changes_item = event_fee_changes_item_data.to_dict()
            event_fee_changes.append(event_fee_changes_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_fee_changes": event_fee_changes,
                "cursor": cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetEventFeeChangesResponse:
            return as_subclass(cls, GetEventFeeChangesResponse.from_dict(d))
        instance_ = _new(cls)
        event_fee_changes = d["event_fee_changes"]
        instance_.event_fee_changes = (
            []
            if event_fee_changes is None
            else [
                _event_fee_change.EventFeeChange.from_dict(item)
                for item in event_fee_changes
            ]
            if event_fee_changes.__class__ is list
            else _wrong_type(event_fee_changes)
        )
        instance_.cursor = (
            value_ if (value_ := d["cursor"]).__class__ is str else _wrong_type(value_)
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
