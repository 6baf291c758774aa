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
    from ..models.maintenance_window import MaintenanceWindow
    from ..models.weekly_schedule import WeeklySchedule


from . import maintenance_window as _maintenance_window
from . import weekly_schedule as _weekly_schedule

_JSON_NAMES: tuple[str, ...] = (
    "standard_hours",
    "maintenance_windows",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """
    Example:
        {'standard_hours': [{'start_time': '2026-01-01T05:00:00Z', 'end_time': '2027-01-01T05:00:00Z', 'monday':
            [{'open_time': '00:00', 'close_time': '23:59'}], 'tuesday': [{'open_time': '00:00', 'close_time': '23:59'}],
            'wednesday': [{'open_time': '00:00', 'close_time': '23:59'}], 'thursday': [{'open_time': '00:00', 'close_time':
            '23:59'}], 'friday': [{'open_time': '00:00', 'close_time': '23:59'}], 'saturday': [{'open_time': '00:00',
            'close_time': '23:59'}], 'sunday': [{'open_time': '00:00', 'close_time': '23:59'}]}], 'maintenance_windows':
            [{'start_datetime': '2026-12-03T08:00:00Z', 'end_datetime': '2026-12-03T10:00:00Z'}]}

    """

    standard_hours: list[WeeklySchedule]
    """ Regular trading hours, in Eastern Time; no trading outside them. """
    maintenance_windows: list[MaintenanceWindow]
    """ Planned maintenance, when the exchange may be down. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard_hours = []
        for standard_hours_item_data in self.standard_hours:
            standard_hours_item = standard_hours_item_data.to_dict()
            standard_hours.append(standard_hours_item)

        maintenance_windows = []
        for maintenance_windows_item_data in self.maintenance_windows:
            maintenance_windows_item = maintenance_windows_item_data.to_dict()
            maintenance_windows.append(maintenance_windows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard_hours": standard_hours,
                "maintenance_windows": maintenance_windows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Schedule:
            return as_subclass(cls, Schedule.from_dict(d))
        instance_ = _new(cls)
        standard_hours = d["standard_hours"]
        instance_.standard_hours = (
            []
            if standard_hours is None
            else [
                _weekly_schedule.WeeklySchedule.from_dict(item)
                for item in standard_hours
            ]
            if standard_hours.__class__ is list
            else _wrong_type(standard_hours)
        )
        maintenance_windows = d["maintenance_windows"]
        instance_.maintenance_windows = (
            []
            if maintenance_windows is None
            else [
                _maintenance_window.MaintenanceWindow.from_dict(item)
                for item in maintenance_windows
            ]
            if maintenance_windows.__class__ is list
            else _wrong_type(maintenance_windows)
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
