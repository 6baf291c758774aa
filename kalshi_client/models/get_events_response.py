from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.milestone import Milestone


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
        from ..models.event_data import EventData  # noqa: PLC0415
        from ..models.milestone import Milestone  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("milestones", UNSET) is None:
            del d["milestones"]
        if d.get("events", UNSET) is None:
            d["events"] = []
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = EventData.from_dict(events_item_data)

            events.append(events_item)

        cursor = d.pop("cursor")

        _milestones = d.pop("milestones", UNSET)
        milestones: list[Milestone] | Unset = UNSET
        if _milestones is not UNSET:
            milestones = []
            for milestones_item_data in _milestones:
                milestones_item = Milestone.from_dict(milestones_item_data)

                milestones.append(milestones_item)

        get_events_response = cls(
            events=events,
            cursor=cursor,
            milestones=milestones,
        )

        get_events_response.additional_properties = d
        return get_events_response

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
