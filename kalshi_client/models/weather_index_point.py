from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        stations = d.get("stations")
        stations = (
            UNSET
            if stations is None
            else [
                _weather_index_station_reading.WeatherIndexStationReading.from_dict(
                    item
                )
                for item in stations
            ]
        )
        weather_index_point = cls(
            d["t"],
            d["status"],
            d.get("v", UNSET),
            d.get("contributors", UNSET),
            d.get("receipt_basis", UNSET),
            stations,
        )
        if not _KNOWN.issuperset(d):
            weather_index_point.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return weather_index_point

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
