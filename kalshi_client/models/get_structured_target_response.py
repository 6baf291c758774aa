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

if TYPE_CHECKING:
    from ..models.structured_target import StructuredTarget


from . import structured_target as _structured_target

_JSON_NAMES: tuple[str, ...] = ("structured_target",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetStructuredTargetResponse")


@_attrs_define
class GetStructuredTargetResponse:
    structured_target: StructuredTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        structured_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_target, Unset):
            structured_target = self.structured_target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if structured_target is not UNSET:
            field_dict["structured_target"] = structured_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetStructuredTargetResponse:
            return as_subclass(cls, GetStructuredTargetResponse.from_dict(d))
        instance_ = _new(cls)
        structured_target = d.get("structured_target")
        instance_.structured_target = (
            UNSET
            if structured_target is None
            else _structured_target.StructuredTarget.from_dict(structured_target)
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
