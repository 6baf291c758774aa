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

_JSON_NAMES: tuple[str, ...] = ("underlying_tickers",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="SubscribedUnderlyingsResponsePayloadMsg")


@_attrs_define
class SubscribedUnderlyingsResponsePayloadMsg:
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
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not SubscribedUnderlyingsResponsePayloadMsg:
            return as_subclass(
                cls, SubscribedUnderlyingsResponsePayloadMsg.from_dict(d)
            )
        instance_ = _new(cls)
        underlying_tickers = d["underlying_tickers"]
        instance_.underlying_tickers = (
            []
            if underlying_tickers is None
            else underlying_tickers
            if underlying_tickers.__class__ is list
            else _wrong_type(underlying_tickers)
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
