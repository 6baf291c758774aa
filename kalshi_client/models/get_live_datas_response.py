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
    from ..models.live_data import LiveData


from . import live_data as _live_data

_JSON_NAMES: tuple[str, ...] = ("live_datas",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetLiveDatasResponse")


@_attrs_define
class GetLiveDatasResponse:
    live_datas: list[LiveData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_datas = []
        for live_datas_item_data in self.live_datas:
            live_datas_item = live_datas_item_data.to_dict()
            live_datas.append(live_datas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "live_datas": live_datas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetLiveDatasResponse:
            return as_subclass(cls, GetLiveDatasResponse.from_dict(d))
        instance_ = _new(cls)
        live_datas = d["live_datas"]
        instance_.live_datas = (
            []
            if live_datas is None
            else [_live_data.LiveData.from_dict(item) for item in live_datas]
            if live_datas.__class__ is list
            else _wrong_type(live_datas)
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
