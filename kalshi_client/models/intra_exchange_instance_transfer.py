from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..models.intra_exchange_instance_transfer_status import (
    IntraExchangeInstanceTransferStatus,
)

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


T = TypeVar("T", bound="IntraExchangeInstanceTransfer")


@_attrs_define
class IntraExchangeInstanceTransfer:
    transfer_id: str
    source: ExchangeInstance
    """ Which exchange instance: event contracts or margined. """
    destination: ExchangeInstance
    """ Which exchange instance: event contracts or margined. """
    source_exchange_shard: int
    destination_exchange_shard: int
    amount: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    status: IntraExchangeInstanceTransferStatus
    """ State of a transfer between exchange instances. """
    created_ts: int
    """ Unix timestamp of the transfer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        source = ExchangeInstance(self.source).value

        destination = ExchangeInstance(self.destination).value

        source_exchange_shard = self.source_exchange_shard

        destination_exchange_shard = self.destination_exchange_shard

        amount = self.amount

        status = IntraExchangeInstanceTransferStatus(self.status).value

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
        intra_exchange_instance_transfer = cls(
            d["transfer_id"],
            (
                _ExchangeInstance_BY_VALUE.get(d["source"])
                or ExchangeInstance(d["source"])
            ),
            (
                _ExchangeInstance_BY_VALUE.get(d["destination"])
                or ExchangeInstance(d["destination"])
            ),
            d["source_exchange_shard"],
            d["destination_exchange_shard"],
            d["amount"],
            (
                _IntraExchangeInstanceTransferStatus_BY_VALUE.get(d["status"])
                or IntraExchangeInstanceTransferStatus(d["status"])
            ),
            d["created_ts"],
        )
        if not _KNOWN.issuperset(d):
            intra_exchange_instance_transfer.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return intra_exchange_instance_transfer

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
