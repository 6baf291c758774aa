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
    from ..models.subaccount_balance import SubaccountBalance


from . import subaccount_balance as _subaccount_balance

_JSON_NAMES: tuple[str, ...] = ("subaccount_balances",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetSubaccountBalancesResponse")


@_attrs_define
class GetSubaccountBalancesResponse:
    subaccount_balances: list[SubaccountBalance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_balances = []
        for subaccount_balances_item_data in self.subaccount_balances:
            subaccount_balances_item = subaccount_balances_item_data.to_dict()
            subaccount_balances.append(subaccount_balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_balances": subaccount_balances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetSubaccountBalancesResponse:
            return as_subclass(cls, GetSubaccountBalancesResponse.from_dict(d))
        instance_ = _new(cls)
        subaccount_balances = d["subaccount_balances"]
        instance_.subaccount_balances = (
            []
            if subaccount_balances is None
            else [
                _subaccount_balance.SubaccountBalance.from_dict(item)
                for item in subaccount_balances
            ]
            if subaccount_balances.__class__ is list
            else _wrong_type(subaccount_balances)
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
