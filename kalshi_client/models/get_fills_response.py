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
    from ..models.fill import Fill


from . import fill as _fill

_JSON_NAMES: tuple[str, ...] = (
    "fills",
    "cursor",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetFillsResponse")


@_attrs_define
class GetFillsResponse:
    fills: list[Fill]
    cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fills = []
        for fills_item_data in self.fills:
            fills_item = fills_item_data.to_dict()
            fills.append(fills_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fills": fills,
                "cursor": cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetFillsResponse:
            return as_subclass(cls, GetFillsResponse.from_dict(d))
        instance_ = _new(cls)
        fills = d["fills"]
        instance_.fills = (
            []
            if fills is None
            else [_fill.Fill.from_dict(item) for item in fills]
            if fills.__class__ is list
            else _wrong_type(fills)
        )
        instance_.cursor = (
            value_ if (value_ := d["cursor"]).__class__ is str else _wrong_type(value_)
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
