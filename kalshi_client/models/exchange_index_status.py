from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "exchange_index",
    "description",
    "exchange_active",
    "trading_active",
    "intra_exchange_transfers_active",
)
_KNOWN = frozenset(_JSON_NAMES)


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
        exchange_index_status = cls(
            d["exchange_index"],
            d["description"],
            d["exchange_active"],
            d["trading_active"],
            d["intra_exchange_transfers_active"],
        )
        if not _KNOWN.issuperset(d):
            exchange_index_status.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return exchange_index_status

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
