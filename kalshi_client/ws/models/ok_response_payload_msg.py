from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "market_tickers",
    "market_ids",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="OkResponsePayloadMsg")


@_attrs_define
class OkResponsePayloadMsg:
    """The content of the message."""

    market_tickers: list[str] | Unset = UNSET
    """ Market tickers. """
    market_ids: list[UUID] | Unset = UNSET
    """ Market UUIDs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        market_ids: list[str] | Unset = UNSET
        if not isinstance(self.market_ids, Unset):
            market_ids = []
            for market_ids_item_data in self.market_ids:
                market_ids_item = str(market_ids_item_data)
                market_ids.append(market_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_ids is not UNSET:
            field_dict["market_ids"] = market_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not OkResponsePayloadMsg:
            return as_subclass(cls, OkResponsePayloadMsg.from_dict(d))
        instance_ = _new(cls)
        market_tickers = d.get("market_tickers")
        instance_.market_tickers = (
            UNSET
            if market_tickers is None
            else market_tickers
            if market_tickers.__class__ is list
            else _wrong_type(market_tickers)
        )
        market_ids = d.get("market_ids")
        instance_.market_ids = (
            UNSET
            if market_ids is None
            else [UUID(item) for item in market_ids]
            if market_ids.__class__ is list
            else _wrong_type(market_ids)
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
