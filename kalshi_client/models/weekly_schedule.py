from __future__ import annotations

import datetime
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
    from ..models.daily_schedule import DailySchedule


from . import daily_schedule as _daily_schedule

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "start_time",
    "end_time",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="WeeklySchedule")


@_attrs_define
class WeeklySchedule:
    start_time: datetime.datetime
    """ When this weekly schedule starts to apply. """
    end_time: datetime.datetime
    """ When this weekly schedule stops applying. """
    monday: list[DailySchedule]
    tuesday: list[DailySchedule]
    wednesday: list[DailySchedule]
    thursday: list[DailySchedule]
    friday: list[DailySchedule]
    saturday: list[DailySchedule]
    sunday: list[DailySchedule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        monday = []
        for monday_item_data in self.monday:
            monday_item = monday_item_data.to_dict()
            monday.append(monday_item)

        tuesday = []
        for tuesday_item_data in self.tuesday:
            tuesday_item = tuesday_item_data.to_dict()
            tuesday.append(tuesday_item)

        wednesday = []
        for wednesday_item_data in self.wednesday:
            wednesday_item = wednesday_item_data.to_dict()
            wednesday.append(wednesday_item)

        thursday = []
        for thursday_item_data in self.thursday:
            thursday_item = thursday_item_data.to_dict()
            thursday.append(thursday_item)

        friday = []
        for friday_item_data in self.friday:
            friday_item = friday_item_data.to_dict()
            friday.append(friday_item)

        saturday = []
        for saturday_item_data in self.saturday:
            saturday_item = saturday_item_data.to_dict()
            saturday.append(saturday_item)

        sunday = []
        for sunday_item_data in self.sunday:
            sunday_item = sunday_item_data.to_dict()
            sunday.append(sunday_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "monday": monday,
                "tuesday": tuesday,
                "wednesday": wednesday,
                "thursday": thursday,
                "friday": friday,
                "saturday": saturday,
                "sunday": sunday,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not WeeklySchedule:
            return as_subclass(cls, WeeklySchedule.from_dict(d))
        instance_ = _new(cls)
        instance_.start_time = _datetime_fromisoformat(d["start_time"])
        instance_.end_time = _datetime_fromisoformat(d["end_time"])
        monday = d["monday"]
        instance_.monday = (
            []
            if monday is None
            else [_daily_schedule.DailySchedule.from_dict(item) for item in monday]
            if monday.__class__ is list
            else _wrong_type(monday)
        )
        tuesday = d["tuesday"]
        instance_.tuesday = (
            []
            if tuesday is None
            else [_daily_schedule.DailySchedule.from_dict(item) for item in tuesday]
            if tuesday.__class__ is list
            else _wrong_type(tuesday)
        )
        wednesday = d["wednesday"]
        instance_.wednesday = (
            []
            if wednesday is None
            else [_daily_schedule.DailySchedule.from_dict(item) for item in wednesday]
            if wednesday.__class__ is list
            else _wrong_type(wednesday)
        )
        thursday = d["thursday"]
        instance_.thursday = (
            []
            if thursday is None
            else [_daily_schedule.DailySchedule.from_dict(item) for item in thursday]
            if thursday.__class__ is list
            else _wrong_type(thursday)
        )
        friday = d["friday"]
        instance_.friday = (
            []
            if friday is None
            else [_daily_schedule.DailySchedule.from_dict(item) for item in friday]
            if friday.__class__ is list
            else _wrong_type(friday)
        )
        saturday = d["saturday"]
        instance_.saturday = (
            []
            if saturday is None
            else [_daily_schedule.DailySchedule.from_dict(item) for item in saturday]
            if saturday.__class__ is list
            else _wrong_type(saturday)
        )
        sunday = d["sunday"]
        instance_.sunday = (
            []
            if sunday is None
            else [_daily_schedule.DailySchedule.from_dict(item) for item in sunday]
            if sunday.__class__ is list
            else _wrong_type(sunday)
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
