from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = ("block_trade_proposal_id",)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="ProposeBlockTradeResponse")


@_attrs_define
class ProposeBlockTradeResponse:
    block_trade_proposal_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_trade_proposal_id = self.block_trade_proposal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_trade_proposal_id": block_trade_proposal_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        propose_block_trade_response = cls(
            d["block_trade_proposal_id"],
        )
        if not _KNOWN.issuperset(d):
            propose_block_trade_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return propose_block_trade_response

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
