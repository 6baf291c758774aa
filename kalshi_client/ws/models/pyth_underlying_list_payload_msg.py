from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PythUnderlyingListPayloadMsg")


@_attrs_define
class PythUnderlyingListPayloadMsg:
    """The content of the message."""

    underlying_tickers: list[str]
    """ Pyth underlyings ("all" for every one). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        underlying_tickers = self.underlying_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "underlying_tickers": underlying_tickers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if d.get("underlying_tickers", UNSET) is None:
            d["underlying_tickers"] = []
        underlying_tickers = cast(list[str], d.pop("underlying_tickers"))

        pyth_underlying_list_payload_msg = cls(
            underlying_tickers=underlying_tickers,
        )

        pyth_underlying_list_payload_msg.additional_properties = d
        return pyth_underlying_list_payload_msg

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
