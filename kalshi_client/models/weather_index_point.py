from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_station_reading import WeatherIndexStationReading


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
        from ..models.weather_index_station_reading import WeatherIndexStationReading  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("stations", UNSET) is None:
            del d["stations"]
        t = d.pop("t")

        status = d.pop("status")

        v = d.pop("v", UNSET)

        contributors = d.pop("contributors", UNSET)

        receipt_basis = d.pop("receipt_basis", UNSET)

        _stations = d.pop("stations", UNSET)
        stations: list[WeatherIndexStationReading] | Unset = UNSET
        if _stations is not UNSET:
            stations = []
            for stations_item_data in _stations:
                stations_item = WeatherIndexStationReading.from_dict(stations_item_data)

                stations.append(stations_item)

        weather_index_point = cls(
            t=t,
            status=status,
            v=v,
            contributors=contributors,
            receipt_basis=receipt_basis,
            stations=stations,
        )

        weather_index_point.additional_properties = d
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
