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
    from ..models.weather_index_point import WeatherIndexPoint


from . import weather_index_point as _weather_index_point

_JSON_NAMES: tuple[str, ...] = (
    "city",
    "units",
    "timeseries",
    "config_version",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetWeatherIndexResponse")


@_attrs_define
class GetWeatherIndexResponse:
    city: str
    units: str
    """ Always fahrenheit. """
    timeseries: list[WeatherIndexPoint]
    config_version: str | Unset = UNSET
    """ Configuration version of the newest point returned; empty when no point matched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        units = self.units

        timeseries = []
        for timeseries_item_data in self.timeseries:
            timeseries_item = timeseries_item_data.to_dict()
            timeseries.append(timeseries_item)

        config_version = self.config_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "units": units,
                "timeseries": timeseries,
            }
        )
        if config_version is not UNSET:
            field_dict["config_version"] = config_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetWeatherIndexResponse:
            return as_subclass(cls, GetWeatherIndexResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.city = (
            value_ if (value_ := d["city"]).__class__ is str else _wrong_type(value_)
        )
        instance_.units = (
            value_ if (value_ := d["units"]).__class__ is str else _wrong_type(value_)
        )
        timeseries = d["timeseries"]
        instance_.timeseries = (
            []
            if timeseries is None
            else [
                _weather_index_point.WeatherIndexPoint.from_dict(item)
                for item in timeseries
            ]
            if timeseries.__class__ is list
            else _wrong_type(timeseries)
        )
        instance_.config_version = (
            value_
            if (value_ := d.get("config_version", UNSET)).__class__ is str
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
