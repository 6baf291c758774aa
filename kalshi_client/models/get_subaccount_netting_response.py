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
    from ..models.subaccount_netting_config import SubaccountNettingConfig


from . import subaccount_netting_config as _subaccount_netting_config

_JSON_NAMES: tuple[str, ...] = ("netting_configs",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetSubaccountNettingResponse")


@_attrs_define
class GetSubaccountNettingResponse:
    netting_configs: list[SubaccountNettingConfig]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        netting_configs = []
        for netting_configs_item_data in self.netting_configs:
            netting_configs_item = netting_configs_item_data.to_dict()
            netting_configs.append(netting_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "netting_configs": netting_configs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetSubaccountNettingResponse:
            return as_subclass(cls, GetSubaccountNettingResponse.from_dict(d))
        instance_ = _new(cls)
        netting_configs = d["netting_configs"]
        instance_.netting_configs = (
            []
            if netting_configs is None
            else [
                _subaccount_netting_config.SubaccountNettingConfig.from_dict(item)
                for item in netting_configs
            ]
            if netting_configs.__class__ is list
            else _wrong_type(netting_configs)
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
