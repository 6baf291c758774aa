from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "exchange_index",
    "description",
    "exchange_active",
    "trading_active",
    "intra_exchange_transfers_active",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="ExchangeIndexStatus")


@_attrs_define
class ExchangeIndexStatus:
    exchange_index: int
    """ Number of an exchange shard. """
    description: str
    """ What the shard is. """
    exchange_active: bool
    """ False when the shard takes no changes, e.g. during maintenance. """
    trading_active: bool
    """ True while trading is allowed on the shard. """
    intra_exchange_transfers_active: bool
    """ True while transfers are allowed on the shard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_index = self.exchange_index

        description = self.description

        exchange_active = self.exchange_active

        trading_active = self.trading_active

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_index": exchange_index,
                "description": description,
                "exchange_active": exchange_active,
                "trading_active": trading_active,
                "intra_exchange_transfers_active": intra_exchange_transfers_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ExchangeIndexStatus:
            return as_subclass(cls, ExchangeIndexStatus.from_dict(d))
        instance_ = _new(cls)
        instance_.exchange_index = (
            value_
            if (value_ := d["exchange_index"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.description = (
            value_
            if (value_ := d["description"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.exchange_active = (
            value_
            if (value_ := d["exchange_active"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.trading_active = (
            value_
            if (value_ := d["trading_active"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.intra_exchange_transfers_active = (
            value_
            if (value_ := d["intra_exchange_transfers_active"]) is True
            or value_ is False
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
