from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.exchange_instance import ExchangeInstance
from ..models.intra_exchange_instance_transfer_status import (
    IntraExchangeInstanceTransferStatus,
)
from ..types import as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_ExchangeInstance_BY_VALUE = cast(
    "dict[Any, ExchangeInstance]", ExchangeInstance._value2member_map_
)
_IntraExchangeInstanceTransferStatus_BY_VALUE = cast(
    "dict[Any, IntraExchangeInstanceTransferStatus]",
    IntraExchangeInstanceTransferStatus._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "transfer_id",
    "source",
    "destination",
    "source_exchange_shard",
    "destination_exchange_shard",
    "amount",
    "status",
    "created_ts",
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


def _to_status(
    value: IntraExchangeInstanceTransferStatus | Literal["pending", "complete"],
) -> IntraExchangeInstanceTransferStatus:
    return _enum_member(IntraExchangeInstanceTransferStatus, value, "status")


T = TypeVar("T", bound="IntraExchangeInstanceTransfer")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class IntraExchangeInstanceTransfer:
    transfer_id: str
    source: ExchangeInstance = _attrs_field(converter=_to_source)
    """ Which exchange instance: event contracts or margined. """
    destination: ExchangeInstance = _attrs_field(converter=_to_destination)
    """ Which exchange instance: event contracts or margined. """
    source_exchange_shard: int
    destination_exchange_shard: int
    amount: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    status: IntraExchangeInstanceTransferStatus = _attrs_field(converter=_to_status)
    """ State of a transfer between exchange instances. """
    created_ts: int
    """ Unix timestamp of the transfer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        source = _enum_value(ExchangeInstance, self.source, "source")

        destination = _enum_value(ExchangeInstance, self.destination, "destination")

        source_exchange_shard = self.source_exchange_shard

        destination_exchange_shard = self.destination_exchange_shard

        amount = _money_text(self.amount)

        status = _enum_value(IntraExchangeInstanceTransferStatus, self.status, "status")

        created_ts = self.created_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_id": transfer_id,
                "source": source,
                "destination": destination,
                "source_exchange_shard": source_exchange_shard,
                "destination_exchange_shard": destination_exchange_shard,
                "amount": amount,
                "status": status,
                "created_ts": created_ts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not IntraExchangeInstanceTransfer:
            return as_subclass(cls, IntraExchangeInstanceTransfer.from_dict(d))
        instance_ = _new(cls)
        instance_.transfer_id = (
            value_
            if (value_ := d["transfer_id"]).__class__ is str
            else _wrong_type(value_)
        )
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
        instance_.source_exchange_shard = (
            value_
            if (value_ := d["source_exchange_shard"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.destination_exchange_shard = (
            value_
            if (value_ := d["destination_exchange_shard"]).__class__ is int
            else _wrong_type(value_)
        )
        amount = d["amount"]
        instance_.amount = (
            _decimals[amount] if amount in _decimals else _decimal(amount)
        )
        instance_.status = (
            _IntraExchangeInstanceTransferStatus_BY_VALUE[d["status"]]
            if d["status"] in _IntraExchangeInstanceTransferStatus_BY_VALUE
            else IntraExchangeInstanceTransferStatus(d["status"])
        )
        instance_.created_ts = (
            value_
            if (value_ := d["created_ts"]).__class__ is int
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
