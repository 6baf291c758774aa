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

if TYPE_CHECKING:
    from ..models.sport_filter_details import SportFilterDetails


from . import sport_filter_details as _sport_filter_details

_JSON_NAMES: tuple[str, ...] = ()
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetFiltersBySportsResponseFiltersBySports:
            return as_subclass(
                cls, GetFiltersBySportsResponseFiltersBySports.from_dict(d)
            )
        instance_ = _new(cls)
        instance_.additional_properties = {
            key: _sport_filter_details.SportFilterDetails.from_dict(value)
            for key, value in d.items()
            if key not in _KNOWN
        }
        return instance_

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
