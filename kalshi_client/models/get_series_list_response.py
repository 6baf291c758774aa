from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.series import Series


from . import series as _series

_JSON_NAMES: tuple[str, ...] = ("series",)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="GetSeriesListResponse")


@_attrs_define
class GetSeriesListResponse:
    series: list[Series]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "series": series,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        series = d["series"]
        series = (
            []
            if series is None
            else [_series.Series.from_dict(item) for item in series]
        )
        get_series_list_response = cls(
            series,
        )
        if not _KNOWN.issuperset(d):
            get_series_list_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return get_series_list_response

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
