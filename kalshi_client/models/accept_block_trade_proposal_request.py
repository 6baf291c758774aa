from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_JSON_NAMES: tuple[str, ...] = (
    "subtrader_id",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="AcceptBlockTradeProposalRequest")


@_attrs_define
class AcceptBlockTradeProposalRequest:
    subtrader_id: str | Unset = UNSET
    """ Subtrader to accept as; give this or subaccount, not both. """
    subaccount: int | Unset = UNSET
    """ Subaccount to accept as (0 is the primary account, 1-63 are numbered subaccounts); give this or
    subtrader_id, not both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        accept_block_trade_proposal_request = cls(
            d.get("subtrader_id", UNSET),
            d.get("subaccount", UNSET),
        )
        if not _KNOWN.issuperset(d):
            accept_block_trade_proposal_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return accept_block_trade_proposal_request

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
