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
    from ..models.series_fee_change import SeriesFeeChange


from . import series_fee_change as _series_fee_change

_JSON_NAMES: tuple[str, ...] = ("series_fee_change_arr",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetSeriesFeeChangesResponse")


@_attrs_define
class GetSeriesFeeChangesResponse:
    series_fee_change_arr: list[SeriesFeeChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series_fee_change_arr = []
        for series_fee_change_arr_item_data in self.series_fee_change_arr:
            series_fee_change_arr_item = series_fee_change_arr_item_data.to_dict()
            series_fee_change_arr.append(series_fee_change_arr_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "series_fee_change_arr": series_fee_change_arr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetSeriesFeeChangesResponse:
            return as_subclass(cls, GetSeriesFeeChangesResponse.from_dict(d))
        instance_ = _new(cls)
        series_fee_change_arr = d["series_fee_change_arr"]
        instance_.series_fee_change_arr = (
            []
            if series_fee_change_arr is None
            else [
                _series_fee_change.SeriesFeeChange.from_dict(item)
                for item in series_fee_change_arr
            ]
            if series_fee_change_arr.__class__ is list
            else _wrong_type(series_fee_change_arr)
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
