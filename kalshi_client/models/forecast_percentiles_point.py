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
    from ..models.percentile_point import PercentilePoint


from . import percentile_point as _percentile_point

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "end_period_ts",
    "period_interval",
    "percentile_points",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="ForecastPercentilesPoint")


@_attrs_define
class ForecastPercentilesPoint:
    event_ticker: str
    end_period_ts: int
    """ Unix timestamp at which the period ends (inclusive). """
    period_interval: int
    """ Period length in minutes. """
    percentile_points: list[PercentilePoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        end_period_ts = self.end_period_ts

        period_interval = self.period_interval

        percentile_points = []
        for percentile_points_item_data in self.percentile_points:
            percentile_points_item = percentile_points_item_data.to_dict()
            percentile_points.append(percentile_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "end_period_ts": end_period_ts,
                "period_interval": period_interval,
                "percentile_points": percentile_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ForecastPercentilesPoint:
            return as_subclass(cls, ForecastPercentilesPoint.from_dict(d))
        instance_ = _new(cls)
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.end_period_ts = (
            value_
            if (value_ := d["end_period_ts"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.period_interval = (
            value_
            if (value_ := d["period_interval"]).__class__ is int
            else _wrong_type(value_)
        )
        percentile_points = d["percentile_points"]
        instance_.percentile_points = (
            []
            if percentile_points is None
            else [
                _percentile_point.PercentilePoint.from_dict(item)
                for item in percentile_points
            ]
            if percentile_points.__class__ is list
            else _wrong_type(percentile_points)
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
