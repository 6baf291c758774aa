from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.milestone import Milestone


from . import event_data as _event_data
from . import milestone as _milestone

_JSON_NAMES: tuple[str, ...] = (
    "events",
    "cursor",
    "milestones",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetEventsResponse")


@_attrs_define
class GetEventsResponse:
    events: list[EventData]
    cursor: str
    """ Cursor for the next page; empty on the last page. """
    milestones: list[Milestone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        cursor = self.cursor

        milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.milestones, Unset):
            milestones = []
            for milestones_item_data in self.milestones:
                milestones_item = milestones_item_data.to_dict()
                milestones.append(milestones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "cursor": cursor,
            }
        )
        if milestones is not UNSET:
            field_dict["milestones"] = milestones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetEventsResponse:
            return as_subclass(cls, GetEventsResponse.from_dict(d))
        instance_ = _new(cls)
        events = d["events"]
        instance_.events = (
            []
            if events is None
            else [_event_data.EventData.from_dict(item) for item in events]
            if events.__class__ is list
            else _wrong_type(events)
        )
        instance_.cursor = (
            value_ if (value_ := d["cursor"]).__class__ is str else _wrong_type(value_)
        )
        milestones = d.get("milestones")
        instance_.milestones = (
            UNSET
            if milestones is None
            else [_milestone.Milestone.from_dict(item) for item in milestones]
            if milestones.__class__ is list
            else _wrong_type(milestones)
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
