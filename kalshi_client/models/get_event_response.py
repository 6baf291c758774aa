from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.market import Market


from . import event_data as _event_data
from . import market as _market

_JSON_NAMES: tuple[str, ...] = (
    "event",
    "markets",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetEventResponse")


@_attrs_define
class GetEventResponse:
    event: EventData
    """ An event: a real-world happening that one or more markets are about. """
    markets: list[Market]
    """ The event's markets (deprecated: ask for them nested in the event instead). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.to_dict()

        markets = []
        for markets_item_data in self.markets:
            markets_item = markets_item_data.to_dict()
            markets.append(markets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "markets": markets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetEventResponse:
            return as_subclass(cls, GetEventResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.event = _event_data.EventData.from_dict(d["event"])
        markets = d["markets"]
        instance_.markets = (
            []
            if markets is None
            else [_market.Market.from_dict(item) for item in markets]
            if markets.__class__ is list
            else _wrong_type(markets)
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
