from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sport_filter_details import SportFilterDetails


from . import sport_filter_details as _sport_filter_details

_JSON_NAMES: tuple[str, ...] = ()
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="GetFiltersBySportsResponseFiltersBySports")


@_attrs_define
class GetFiltersBySportsResponseFiltersBySports:
    """The filters of each sport."""

    additional_properties: dict[str, SportFilterDetails] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get_filters_by_sports_response_filters_by_sports = cls()
        get_filters_by_sports_response_filters_by_sports.additional_properties = {
            key: _sport_filter_details.SportFilterDetails.from_dict(value)
            for key, value in d.items()
            if key not in _KNOWN
        }
        return get_filters_by_sports_response_filters_by_sports

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SportFilterDetails:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SportFilterDetails) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
