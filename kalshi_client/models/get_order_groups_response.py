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
    from ..models.order_group import OrderGroup


from . import order_group as _order_group

_JSON_NAMES: tuple[str, ...] = ("order_groups",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetOrderGroupsResponse")


@_attrs_define
class GetOrderGroupsResponse:
    order_groups: list[OrderGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_groups, Unset):
            order_groups = []
            for order_groups_item_data in self.order_groups:
                order_groups_item = order_groups_item_data.to_dict()
                order_groups.append(order_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_groups is not UNSET:
            field_dict["order_groups"] = order_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetOrderGroupsResponse:
            return as_subclass(cls, GetOrderGroupsResponse.from_dict(d))
        instance_ = _new(cls)
        order_groups = d.get("order_groups")
        instance_.order_groups = (
            UNSET
            if order_groups is None
            else [_order_group.OrderGroup.from_dict(item) for item in order_groups]
            if order_groups.__class__ is list
            else _wrong_type(order_groups)
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
