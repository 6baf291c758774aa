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
    from ..models.scope_list import ScopeList


from . import scope_list as _scope_list

_JSON_NAMES: tuple[str, ...] = ()
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="SportFilterDetailsCompetitions")


@_attrs_define
class SportFilterDetailsCompetitions:
    """The scopes of each competition in the sport."""

    additional_properties: dict[str, ScopeList] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not SportFilterDetailsCompetitions:
            return as_subclass(cls, SportFilterDetailsCompetitions.from_dict(d))
        instance_ = _new(cls)
        instance_.additional_properties = {
            key: _scope_list.ScopeList.from_dict(value)
            for key, value in d.items()
            if key not in _KNOWN
        }
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ScopeList:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ScopeList) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
