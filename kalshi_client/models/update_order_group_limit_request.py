from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_JSON_NAMES: tuple[str, ...] = (
    "contracts_limit",
    "contracts_limit_fp",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="UpdateOrderGroupLimitRequest")


@_attrs_define
class UpdateOrderGroupLimitRequest:
    contracts_limit: int | Unset = UNSET
    """ New limit in whole contracts per rolling 15 seconds. Give this or contracts_limit_fp; if both, they must
    agree. """
    contracts_limit_fp: None | str | Unset = UNSET
    """ The same limit as a decimal string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contracts_limit = self.contracts_limit

        contracts_limit_fp: None | str | Unset
        if isinstance(self.contracts_limit_fp, Unset):
            contracts_limit_fp = UNSET
        else:
            contracts_limit_fp = self.contracts_limit_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        update_order_group_limit_request = cls(
            d.get("contracts_limit", UNSET),
            d.get("contracts_limit_fp", UNSET),
        )
        if not _KNOWN.issuperset(d):
            update_order_group_limit_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return update_order_group_limit_request

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
