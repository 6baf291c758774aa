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
    from ..models.forecast_percentiles_point import ForecastPercentilesPoint


from . import forecast_percentiles_point as _forecast_percentiles_point

_JSON_NAMES: tuple[str, ...] = ("forecast_history",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetEventForecastPercentilesHistoryResponse")


@_attrs_define
class GetEventForecastPercentilesHistoryResponse:
    forecast_history: list[ForecastPercentilesPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forecast_history = []
        for forecast_history_item_data in self.forecast_history:
            forecast_history_item = forecast_history_item_data.to_dict()
            forecast_history.append(forecast_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forecast_history": forecast_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetEventForecastPercentilesHistoryResponse:
            return as_subclass(
                cls, GetEventForecastPercentilesHistoryResponse.from_dict(d)
            )
        instance_ = _new(cls)
        forecast_history = d["forecast_history"]
        instance_.forecast_history = (
            []
            if forecast_history is None
            else [
                _forecast_percentiles_point.ForecastPercentilesPoint.from_dict(item)
                for item in forecast_history
            ]
            if forecast_history.__class__ is list
            else _wrong_type(forecast_history)
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
