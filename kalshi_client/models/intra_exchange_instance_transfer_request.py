from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_ExchangeInstance_BY_VALUE = cast(
    "dict[Any, ExchangeInstance]", ExchangeInstance._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "source",
    "destination",
    "amount",
    "source_exchange_shard",
    "destination_exchange_shard",
    "source_subaccount",
    "destination_subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_source(
    value: ExchangeInstance | Literal["event_contract", "margined"],
) -> ExchangeInstance:
    return _enum_member(ExchangeInstance, value, "source")


def _to_destination(
    value: ExchangeInstance | Literal["event_contract", "margined"],
) -> ExchangeInstance:
    return _enum_member(ExchangeInstance, value, "destination")


T = TypeVar("T", bound="IntraExchangeInstanceTransferRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class IntraExchangeInstanceTransferRequest:
    source: ExchangeInstance = _attrs_field(converter=_to_source)
    """ Which exchange instance: event contracts or margined. """
    destination: ExchangeInstance = _attrs_field(converter=_to_destination)
    """ Which exchange instance: event contracts or margined. """
    amount: int
    """ Amount in centi-cents (hundredths of a cent). """
    source_exchange_shard: int | Unset = 0
    destination_exchange_shard: int | Unset = 0
    source_subaccount: int | Unset = 0
    """ Subaccount to take the money from; only for event-contract to event-contract transfers. """
    destination_subaccount: int | Unset = 0
    """ Subaccount to put the money in; only for event-contract to event-contract transfers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = _enum_value(ExchangeInstance, self.source, "source")

        destination = _enum_value(ExchangeInstance, self.destination, "destination")

        amount = self.amount

        source_exchange_shard = self.source_exchange_shard

        destination_exchange_shard = self.destination_exchange_shard

        source_subaccount = self.source_subaccount

        destination_subaccount = self.destination_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
                "amount": amount,
            }
        )
        if source_exchange_shard is not UNSET:
            field_dict["source_exchange_shard"] = source_exchange_shard
        if destination_exchange_shard is not UNSET:
            field_dict["destination_exchange_shard"] = destination_exchange_shard
        if source_subaccount is not UNSET:
            field_dict["source_subaccount"] = source_subaccount
        if destination_subaccount is not UNSET:
            field_dict["destination_subaccount"] = destination_subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not IntraExchangeInstanceTransferRequest:
            return as_subclass(cls, IntraExchangeInstanceTransferRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.source = (
            _ExchangeInstance_BY_VALUE[d["source"]]
            if d["source"] in _ExchangeInstance_BY_VALUE
            else ExchangeInstance(d["source"])
        )
        instance_.destination = (
            _ExchangeInstance_BY_VALUE[d["destination"]]
            if d["destination"] in _ExchangeInstance_BY_VALUE
            else ExchangeInstance(d["destination"])
        )
        instance_.amount = (
            value_ if (value_ := d["amount"]).__class__ is int else _wrong_type(value_)
        )
        instance_.source_exchange_shard = (
            value_
            if (value_ := d.get("source_exchange_shard", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.destination_exchange_shard = (
            value_
            if (value_ := d.get("destination_exchange_shard", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.source_subaccount = (
            value_
            if (value_ := d.get("source_subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.destination_subaccount = (
            value_
            if (value_ := d.get("destination_subaccount", UNSET)).__class__ is int
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
