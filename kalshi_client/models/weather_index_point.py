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
    from ..models.weather_index_station_reading import WeatherIndexStationReading


from . import weather_index_station_reading as _weather_index_station_reading

_JSON_NAMES: tuple[str, ...] = (
    "t",
    "status",
    "v",
    "contributors",
    "receipt_basis",
    "stations",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="WeatherIndexPoint")


@_attrs_define
class WeatherIndexPoint:
    t: int
    """ The minute the point is for, in Unix milliseconds (UTC). """
    status: str
    """ normal, degraded (a station was missing or replaced) or incomplete (no value yet). """
    v: float | Unset = UNSET
    """ Index value in Fahrenheit, rounded to 0.01; absent on incomplete points. """
    contributors: int | Unset = UNSET
    """ How many stations went into the point; absent on incomplete points. """
    receipt_basis: str | Unset = UNSET
    """ Only on points filled in for the time before the city went live: how they were sourced. """
    stations: list[WeatherIndexStationReading] | Unset = UNSET
    """ Each station's reading, sorted by station id; only with detailed=true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        status = self.status

        v = self.v

        contributors = self.contributors

        receipt_basis = self.receipt_basis

        stations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stations, Unset):
            stations = []
            for stations_item_data in self.stations:
                stations_item = stations_item_data.to_dict()
                stations.append(stations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
                "status": status,
            }
        )
        if v is not UNSET:
            field_dict["v"] = v
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if receipt_basis is not UNSET:
            field_dict["receipt_basis"] = receipt_basis
        if stations is not UNSET:
            field_dict["stations"] = stations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not WeatherIndexPoint:
            return as_subclass(cls, WeatherIndexPoint.from_dict(d))
        instance_ = _new(cls)
        instance_.t = (
            value_ if (value_ := d["t"]).__class__ is int else _wrong_type(value_)
        )
        instance_.status = (
            value_ if (value_ := d["status"]).__class__ is str else _wrong_type(value_)
        )
        instance_.v = (
            value_
            if (value_ := d.get("v", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.contributors = (
            value_
            if (value_ := d.get("contributors", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.receipt_basis = (
            value_
            if (value_ := d.get("receipt_basis", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        stations = d.get("stations")
        instance_.stations = (
            UNSET
            if stations is None
            else [
                _weather_index_station_reading.WeatherIndexStationReading.from_dict(
                    item
                )
                for item in stations
            ]
            if stations.__class__ is list
            else _wrong_type(stations)
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
