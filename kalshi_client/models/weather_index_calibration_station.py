from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "station_id",
    "weight",
    "offset_c",
    "update_note",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="WeatherIndexCalibrationStation")


@_attrs_define
class WeatherIndexCalibrationStation:
    station_id: str
    weight: float
    """ The station's weight; weights add up to 1. """
    offset_c: float
    """ Offset in Celsius; positive when the station usually reads warmer than the others. """
    update_note: str | Unset = UNSET
    """ On weekly calibrations only: what the calibration did to this station. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        station_id = self.station_id

        weight = self.weight

        offset_c = self.offset_c

        update_note = self.update_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "station_id": station_id,
                "weight": weight,
                "offset_c": offset_c,
            }
        )
        if update_note is not UNSET:
            field_dict["update_note"] = update_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not WeatherIndexCalibrationStation:
            return as_subclass(cls, WeatherIndexCalibrationStation.from_dict(d))
        instance_ = _new(cls)
        instance_.station_id = (
            value_
            if (value_ := d["station_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.weight = (
            value_
            if (value_ := d["weight"]).__class__ is float or value_.__class__ is int
            else _wrong_type(value_)
        )
        instance_.offset_c = (
            value_
            if (value_ := d["offset_c"]).__class__ is float or value_.__class__ is int
            else _wrong_type(value_)
        )
        instance_.update_note = (
            value_
            if (value_ := d.get("update_note", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
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
