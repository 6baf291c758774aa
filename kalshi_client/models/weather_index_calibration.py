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
    from ..models.weather_index_calibration_station import (
        WeatherIndexCalibrationStation,
    )


from . import weather_index_calibration_station as _weather_index_calibration_station

_JSON_NAMES: tuple[str, ...] = (
    "config_version",
    "effective_at_ms",
    "city_reference_c",
    "stations",
    "published_at_ms",
    "change_reason",
    "calibration_window_start_ms",
    "calibration_window_end_ms",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="WeatherIndexCalibration")


@_attrs_define
class WeatherIndexCalibration:
    config_version: str
    """ Version name, as index points report it. """
    effective_at_ms: int
    """ From this minute on (Unix milliseconds, UTC) it applies, until the next one. """
    city_reference_c: float
    """ The city reference in Celsius: station weights times offsets, summed. """
    stations: list[WeatherIndexCalibrationStation]
    """ The stations, in configuration order. """
    published_at_ms: int | Unset = UNSET
    """ When it was published, in Unix milliseconds (UTC). """
    change_reason: str | Unset = UNSET
    """ What led to this configuration. """
    calibration_window_start_ms: int | Unset = UNSET
    """ Start of the observations the offsets were fitted on, in Unix milliseconds; absent when not fitted. """
    calibration_window_end_ms: int | Unset = UNSET
    """ End (exclusive) of those observations, in Unix milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_version = self.config_version

        effective_at_ms = self.effective_at_ms

        city_reference_c = self.city_reference_c

        stations = []
        for stations_item_data in self.stations:
            stations_item = stations_item_data.to_dict()
            stations.append(stations_item)

        published_at_ms = self.published_at_ms

        change_reason = self.change_reason

        calibration_window_start_ms = self.calibration_window_start_ms

        calibration_window_end_ms = self.calibration_window_end_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config_version": config_version,
                "effective_at_ms": effective_at_ms,
                "city_reference_c": city_reference_c,
                "stations": stations,
            }
        )
        if published_at_ms is not UNSET:
            field_dict["published_at_ms"] = published_at_ms
        if change_reason is not UNSET:
            field_dict["change_reason"] = change_reason
        if calibration_window_start_ms is not UNSET:
            field_dict["calibration_window_start_ms"] = calibration_window_start_ms
        if calibration_window_end_ms is not UNSET:
            field_dict["calibration_window_end_ms"] = calibration_window_end_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not WeatherIndexCalibration:
            return as_subclass(cls, WeatherIndexCalibration.from_dict(d))
        instance_ = _new(cls)
        instance_.config_version = (
            value_
            if (value_ := d["config_version"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.effective_at_ms = (
            value_
            if (value_ := d["effective_at_ms"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.city_reference_c = (
            value_
            if (value_ := d["city_reference_c"]).__class__ is float
            or value_.__class__ is int
            else _wrong_type(value_)
        )
        stations = d["stations"]
        instance_.stations = (
            []
            if stations is None
            else [
                _weather_index_calibration_station.WeatherIndexCalibrationStation.from_dict(
                    item
                )
                for item in stations
            ]
            if stations.__class__ is list
            else _wrong_type(stations)
        )
        instance_.published_at_ms = (
            value_
            if (value_ := d.get("published_at_ms", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.change_reason = (
            value_
            if (value_ := d.get("change_reason", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.calibration_window_start_ms = (
            value_
            if (value_ := d.get("calibration_window_start_ms", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.calibration_window_end_ms = (
            value_
            if (value_ := d.get("calibration_window_end_ms", UNSET)).__class__ is int
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
