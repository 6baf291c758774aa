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
    "code",
    "source",
    "temp_f",
    "obs_time_ms",
    "received_at_ms",
    "primary_code",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="WeatherIndexStationReading")


@_attrs_define
class WeatherIndexStationReading:
    station_id: str
    """ The station, or its official fallback. """
    code: str
    """ What happened to the reading: ok, missing, late, or why it was rejected. """
    source: str | Unset = UNSET
    """ hf_asos (the minute's own reading) or metar (an earlier official reading carried forward). """
    temp_f: float | Unset = UNSET
    """ Reported temperature in Fahrenheit, not rounded. """
    obs_time_ms: int | Unset = UNSET
    """ For carried-forward readings, when they were observed, in Unix milliseconds. """
    received_at_ms: int | Unset = UNSET
    """ When the reading arrived, in Unix milliseconds. """
    primary_code: str | Unset = UNSET
    """ Why the station's own reading was not used when a fallback was. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        station_id = self.station_id

        code = self.code

        source = self.source

        temp_f = self.temp_f

        obs_time_ms = self.obs_time_ms

        received_at_ms = self.received_at_ms

        primary_code = self.primary_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "station_id": station_id,
                "code": code,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if temp_f is not UNSET:
            field_dict["temp_f"] = temp_f
        if obs_time_ms is not UNSET:
            field_dict["obs_time_ms"] = obs_time_ms
        if received_at_ms is not UNSET:
            field_dict["received_at_ms"] = received_at_ms
        if primary_code is not UNSET:
            field_dict["primary_code"] = primary_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not WeatherIndexStationReading:
            return as_subclass(cls, WeatherIndexStationReading.from_dict(d))
        instance_ = _new(cls)
        instance_.station_id = (
            value_
            if (value_ := d["station_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.code = (
            value_ if (value_ := d["code"]).__class__ is str else _wrong_type(value_)
        )
        instance_.source = (
            value_
            if (value_ := d.get("source", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.temp_f = (
            value_
            if (value_ := d.get("temp_f", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.obs_time_ms = (
            value_
            if (value_ := d.get("obs_time_ms", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.received_at_ms = (
            value_
            if (value_ := d.get("received_at_ms", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.primary_code = (
            value_
            if (value_ := d.get("primary_code", UNSET)).__class__ is str
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
