from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import optional_nullable_money as _optional_nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "subaccount",
    "contracts_limit",
    "contracts_limit_fp",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CreateOrderGroupRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CreateOrderGroupRequest:
    subaccount: int | Unset = UNSET
    """ Subaccount that owns the group (0 primary, 1-63 subaccounts). Keys locked to one subaccount leave it out or
    pass their own. """
    contracts_limit: int | Unset = UNSET
    """ Most contracts that may match in the group per rolling 15 seconds, in whole contracts. Give this or
    contracts_limit_fp; if both, they must agree. """
    contracts_limit_fp: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ The same limit as a decimal string. """
    exchange_index: int | Unset = 0
    """ Exchange shard for the group; 0 when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        contracts_limit = self.contracts_limit

        contracts_limit_fp: None | str | Unset = (
            self.contracts_limit_fp
            if self.contracts_limit_fp is None
            or isinstance(self.contracts_limit_fp, Unset)
            else _money_text(self.contracts_limit_fp)
        )

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CreateOrderGroupRequest:
            return as_subclass(cls, CreateOrderGroupRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.contracts_limit = (
            value_
            if (value_ := d.get("contracts_limit", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        contracts_limit_fp = d.get("contracts_limit_fp", UNSET)
        instance_.contracts_limit_fp = (
            contracts_limit_fp
            if contracts_limit_fp is None or contracts_limit_fp is UNSET
            else _decimals[contracts_limit_fp]
            if contracts_limit_fp in _decimals
            else _decimal(contracts_limit_fp)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d.get("exchange_index", UNSET)).__class__ is int
            or value_ is UNSET
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
