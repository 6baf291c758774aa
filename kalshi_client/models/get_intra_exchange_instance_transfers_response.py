from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


T = TypeVar("T", bound="GetIntraExchangeInstanceTransfersResponse")


@_attrs_define
class GetIntraExchangeInstanceTransfersResponse:
    transfers: list[IntraExchangeInstanceTransfer]
    cursor: str | Unset = UNSET
    """ Cursor for the next page; absent on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfers = []
        for transfers_item_data in self.transfers:
            transfers_item = transfers_item_data.to_dict()
            transfers.append(transfers_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfers": transfers,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intra_exchange_instance_transfer import (
            IntraExchangeInstanceTransfer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        if d.get("transfers", UNSET) is None:
            d["transfers"] = []
        transfers = []
        _transfers = d.pop("transfers")
        for transfers_item_data in _transfers:
            transfers_item = IntraExchangeInstanceTransfer.from_dict(
                transfers_item_data
            )

            transfers.append(transfers_item)

        cursor = d.pop("cursor", UNSET)

        get_intra_exchange_instance_transfers_response = cls(
            transfers=transfers,
            cursor=cursor,
        )

        get_intra_exchange_instance_transfers_response.additional_properties = d
        return get_intra_exchange_instance_transfers_response

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
