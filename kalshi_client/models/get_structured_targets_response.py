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
    from ..models.structured_target import StructuredTarget


from . import structured_target as _structured_target

_JSON_NAMES: tuple[str, ...] = (
    "structured_targets",
    "cursor",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetStructuredTargetsResponse")


@_attrs_define
class GetStructuredTargetsResponse:
    structured_targets: list[StructuredTarget] | Unset = UNSET
    cursor: str | Unset = UNSET
    """ Cursor for the next page; empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        structured_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.structured_targets, Unset):
            structured_targets = []
            for structured_targets_item_data in self.structured_targets:
                structured_targets_item = structured_targets_item_data.to_dict()
                structured_targets.append(structured_targets_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if structured_targets is not UNSET:
            field_dict["structured_targets"] = structured_targets
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetStructuredTargetsResponse:
            return as_subclass(cls, GetStructuredTargetsResponse.from_dict(d))
        instance_ = _new(cls)
        structured_targets = d.get("structured_targets")
        instance_.structured_targets = (
            UNSET
            if structured_targets is None
            else [
                _structured_target.StructuredTarget.from_dict(item)
                for item in structured_targets
            ]
            if structured_targets.__class__ is list
            else _wrong_type(structured_targets)
        )
        instance_.cursor = (
            value_
            if (value_ := d.get("cursor", UNSET)).__class__ is str or value_ is UNSET
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
