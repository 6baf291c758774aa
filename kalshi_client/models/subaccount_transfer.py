from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "transfer_id",
    "from_subaccount",
    "to_subaccount",
    "amount_cents",
    "created_ts",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="SubaccountTransfer")


@_attrs_define
class SubaccountTransfer:
    transfer_id: str
    from_subaccount: int
    """ 0 is the primary account, 1-63 are numbered subaccounts. """
    to_subaccount: int
    """ 0 is the primary account, 1-63 are numbered subaccounts. """
    amount_cents: int
    """ In cents. """
    created_ts: int
    """ Unix timestamp of the transfer. """
    exchange_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        from_subaccount = self.from_subaccount

        to_subaccount = self.to_subaccount

        amount_cents = self.amount_cents

        created_ts = self.created_ts

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_id": transfer_id,
                "from_subaccount": from_subaccount,
                "to_subaccount": to_subaccount,
                "amount_cents": amount_cents,
                "created_ts": created_ts,
                "exchange_index": exchange_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        subaccount_transfer = cls(
            d["transfer_id"],
            d["from_subaccount"],
            d["to_subaccount"],
            d["amount_cents"],
            d["created_ts"],
            d["exchange_index"],
        )
        if not _KNOWN.issuperset(d):
            subaccount_transfer.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return subaccount_transfer

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
