from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_JSON_NAMES: tuple[str, ...] = (
    "subaccount",
    "contracts_limit",
    "contracts_limit_fp",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="CreateOrderGroupRequest")


@_attrs_define
class CreateOrderGroupRequest:
    subaccount: int | Unset = UNSET
    """ Subaccount that owns the group (0 primary, 1-63 subaccounts). Keys locked to one subaccount leave it out or
    pass their own. """
    contracts_limit: int | Unset = UNSET
    """ Most contracts that may match in the group per rolling 15 seconds, in whole contracts. Give this or
    contracts_limit_fp; if both, they must agree. """
    contracts_limit_fp: None | str | Unset = UNSET
    """ The same limit as a decimal string. """
    exchange_index: int | Unset = 0
    """ Number of an exchange shard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        contracts_limit = self.contracts_limit

        contracts_limit_fp: None | str | Unset
        if isinstance(self.contracts_limit_fp, Unset):
            contracts_limit_fp = UNSET
        else:
            contracts_limit_fp = self.contracts_limit_fp

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        create_order_group_request = cls(
            d.get("subaccount", UNSET),
            d.get("contracts_limit", UNSET),
            d.get("contracts_limit_fp", UNSET),
            d.get("exchange_index", UNSET),
        )
        if not _KNOWN.issuperset(d):
            create_order_group_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return create_order_group_request

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
