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
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "is_auto_cancel_enabled",
    "orders",
    "contracts_limit_fp",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetOrderGroupResponse")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class GetOrderGroupResponse:
    """
    Example:
        {'is_auto_cancel_enabled': True, 'contracts_limit_fp': '10.00', 'orders':
            ['5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924', '33c78063-d61a-428c-bb4e-bc45734247b1'], 'exchange_index': 0}

    """

    is_auto_cancel_enabled: bool
    """ True when the group cancels its orders once the limit is hit. """
    orders: list[str]
    """ Ids of the orders in the group. """
    contracts_limit_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_auto_cancel_enabled = self.is_auto_cancel_enabled

        orders = self.orders

        contracts_limit_fp: str | Unset = UNSET
        if not isinstance(self.contracts_limit_fp, Unset):
            contracts_limit_fp = _money_text(self.contracts_limit_fp)

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_auto_cancel_enabled": is_auto_cancel_enabled,
                "orders": orders,
            }
        )
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetOrderGroupResponse:
            return as_subclass(cls, GetOrderGroupResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.is_auto_cancel_enabled = (
            value_
            if (value_ := d["is_auto_cancel_enabled"]) is True or value_ is False
            else _wrong_type(value_)
        )
        orders = d["orders"]
        instance_.orders = (
            []
            if orders is None
            else orders
            if orders.__class__ is list
            else _wrong_type(orders)
        )
        contracts_limit_fp = d.get("contracts_limit_fp")
        instance_.contracts_limit_fp = (
            UNSET
            if contracts_limit_fp is None
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
