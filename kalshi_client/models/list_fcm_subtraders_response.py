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
    from ..models.fcm_subtrader import FCMSubtrader


from . import fcm_subtrader as _fcm_subtrader

_JSON_NAMES: tuple[str, ...] = ("subtraders",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="ListFCMSubtradersResponse")


@_attrs_define
class ListFCMSubtradersResponse:
    subtraders: list[FCMSubtrader]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtraders = []
        for subtraders_item_data in self.subtraders:
            subtraders_item = subtraders_item_data.to_dict()
            subtraders.append(subtraders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtraders": subtraders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ListFCMSubtradersResponse:
            return as_subclass(cls, ListFCMSubtradersResponse.from_dict(d))
        instance_ = _new(cls)
        subtraders = d["subtraders"]
        instance_.subtraders = (
            []
            if subtraders is None
            else [_fcm_subtrader.FCMSubtrader.from_dict(item) for item in subtraders]
            if subtraders.__class__ is list
            else _wrong_type(subtraders)
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
