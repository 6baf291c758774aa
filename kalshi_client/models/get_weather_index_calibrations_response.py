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
    from ..models.weather_index_calibration import WeatherIndexCalibration


from . import weather_index_calibration as _weather_index_calibration

_JSON_NAMES: tuple[str, ...] = (
    "city",
    "units",
    "calibrations",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetWeatherIndexCalibrationsResponse")


@_attrs_define
class GetWeatherIndexCalibrationsResponse:
    city: str
    units: str
    """ Always celsius (offsets and the city reference are in Celsius). """
    calibrations: list[WeatherIndexCalibration]
    """ Configurations, oldest first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        units = self.units

        calibrations = []
        for calibrations_item_data in self.calibrations:
            calibrations_item = calibrations_item_data.to_dict()
            calibrations.append(calibrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "units": units,
                "calibrations": calibrations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetWeatherIndexCalibrationsResponse:
            return as_subclass(cls, GetWeatherIndexCalibrationsResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.city = (
            value_ if (value_ := d["city"]).__class__ is str else _wrong_type(value_)
        )
        instance_.units = (
            value_ if (value_ := d["units"]).__class__ is str else _wrong_type(value_)
        )
        calibrations = d["calibrations"]
        instance_.calibrations = (
            []
            if calibrations is None
            else [
                _weather_index_calibration.WeatherIndexCalibration.from_dict(item)
                for item in calibrations
            ]
            if calibrations.__class__ is list
            else _wrong_type(calibrations)
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
