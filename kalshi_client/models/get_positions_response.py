from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.event_position import EventPosition
    from ..models.market_position import MarketPosition


from . import event_position as _event_position
from . import market_position as _market_position

_JSON_NAMES: tuple[str, ...] = (
    "market_positions",
    "event_positions",
    "cursor",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetPositionsResponse")


@_attrs_define
class GetPositionsResponse:
    market_positions: list[MarketPosition]
    event_positions: list[EventPosition]
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_positions = []
        for market_positions_item_data in self.market_positions:
            market_positions_item = market_positions_item_data.to_dict()
            market_positions.append(market_positions_item)

        event_positions = []
        for event_positions_item_data in self.event_positions:
            event_positions_item = event_positions_item_data.to_dict()
            event_positions.append(event_positions_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_positions": market_positions,
                "event_positions": event_positions,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetPositionsResponse:
            return as_subclass(cls, GetPositionsResponse.from_dict(d))
        instance_ = _new(cls)
        market_positions = d["market_positions"]
        instance_.market_positions = (
            []
            if market_positions is None
            else [
                _market_position.MarketPosition.from_dict(item)
                for item in market_positions
            ]
            if market_positions.__class__ is list
            else _wrong_type(market_positions)
        )
        event_positions = d["event_positions"]
        instance_.event_positions = (
            []
            if event_positions is None
            else [
                _event_position.EventPosition.from_dict(item)
                for item in event_positions
            ]
            if event_positions.__class__ is list
            else _wrong_type(event_positions)
        )
        instance_.cursor = (
            value_
            if (value_ := d.get("cursor", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
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
