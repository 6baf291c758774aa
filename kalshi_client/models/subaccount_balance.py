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
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "subaccount_number",
    "exchange_index",
    "balance",
    "updated_ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="SubaccountBalance")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SubaccountBalance:
    subaccount_number: int
    """ 0 is the primary account, 1-63 are numbered subaccounts. """
    exchange_index: int
    balance: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    updated_ts: int
    """ Unix timestamp of the last change to the balance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        balance = _money_text(self.balance)

        updated_ts = self.updated_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_number": subaccount_number,
                "exchange_index": exchange_index,
                "balance": balance,
                "updated_ts": updated_ts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not SubaccountBalance:
            return as_subclass(cls, SubaccountBalance.from_dict(d))
        instance_ = _new(cls)
        instance_.subaccount_number = (
            value_
            if (value_ := d["subaccount_number"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d["exchange_index"]).__class__ is int
            else _wrong_type(value_)
        )
        balance = d["balance"]
        instance_.balance = (
            _decimals[balance] if balance in _decimals else _decimal(balance)
        )
        instance_.updated_ts = (
            value_
            if (value_ := d["updated_ts"]).__class__ is int
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
