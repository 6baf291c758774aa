from __future__ import annotations

import datetime
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
    from ..models.associated_event import AssociatedEvent


from . import associated_event as _associated_event

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "collection_ticker",
    "series_ticker",
    "title",
    "description",
    "open_date",
    "close_date",
    "associated_events",
    "associated_event_tickers",
    "is_ordered",
    "is_single_market_per_event",
    "is_all_yes",
    "size_min",
    "size_max",
    "functional_description",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="MultivariateEventCollection")


@_attrs_define
class MultivariateEventCollection:
    collection_ticker: str
    series_ticker: str
    """ Series that the collection's events belong to. """
    title: str
    description: str
    open_date: datetime.datetime
    """ The collection cannot be used before this time. """
    close_date: datetime.datetime
    """ The collection cannot be used after this time. """
    associated_events: list[AssociatedEvent]
    """ Events in the collection, each with its own rules. """
    associated_event_tickers: list[str]
    """ Deprecated; use associated_events. """
    is_ordered: bool
    """ Whether the order of the chosen markets changes the result. """
    is_single_market_per_event: bool
    """ Deprecated; use associated_events. """
    is_all_yes: bool
    """ Deprecated; use associated_events. """
    size_min: int
    """ Fewest markets that must be chosen. """
    size_max: int
    """ Most markets that may be chosen. """
    functional_description: str
    """ How the chosen markets determine the result. """
    exchange_index: int | Unset = UNSET
    """ Exchange shard, the same as the series'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_ticker = self.collection_ticker

        series_ticker = self.series_ticker

        title = self.title

        description = self.description

        open_date = self.open_date.isoformat()

        close_date = self.close_date.isoformat()

        associated_events = []
        for associated_events_item_data in self.associated_events:
            associated_events_item = associated_events_item_data.to_dict()
            associated_events.append(associated_events_item)

        associated_event_tickers = self.associated_event_tickers

        is_ordered = self.is_ordered

        is_single_market_per_event = self.is_single_market_per_event

        is_all_yes = self.is_all_yes

        size_min = self.size_min

        size_max = self.size_max

        functional_description = self.functional_description

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collection_ticker": collection_ticker,
                "series_ticker": series_ticker,
                "title": title,
                "description": description,
                "open_date": open_date,
                "close_date": close_date,
                "associated_events": associated_events,
                "associated_event_tickers": associated_event_tickers,
                "is_ordered": is_ordered,
                "is_single_market_per_event": is_single_market_per_event,
                "is_all_yes": is_all_yes,
                "size_min": size_min,
                "size_max": size_max,
                "functional_description": functional_description,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not MultivariateEventCollection:
            return as_subclass(cls, MultivariateEventCollection.from_dict(d))
        instance_ = _new(cls)
        instance_.collection_ticker = (
            value_
            if (value_ := d["collection_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.series_ticker = (
            value_
            if (value_ := d["series_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.title = (
            value_ if (value_ := d["title"]).__class__ is str else _wrong_type(value_)
        )
        instance_.description = (
            value_
            if (value_ := d["description"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.open_date = _datetime_fromisoformat(d["open_date"])
        instance_.close_date = _datetime_fromisoformat(d["close_date"])
        associated_events = d["associated_events"]
        instance_.associated_events = (
            []
            if associated_events is None
            else [
                _associated_event.AssociatedEvent.from_dict(item)
                for item in associated_events
            ]
            if associated_events.__class__ is list
            else _wrong_type(associated_events)
        )
        associated_event_tickers = d["associated_event_tickers"]
        instance_.associated_event_tickers = (
            []
            if associated_event_tickers is None
            else associated_event_tickers
            if associated_event_tickers.__class__ is list
            else _wrong_type(associated_event_tickers)
        )
        instance_.is_ordered = (
            value_
            if (value_ := d["is_ordered"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.is_single_market_per_event = (
            value_
            if (value_ := d["is_single_market_per_event"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.is_all_yes = (
            value_
            if (value_ := d["is_all_yes"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.size_min = (
            value_
            if (value_ := d["size_min"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.size_max = (
            value_
            if (value_ := d["size_max"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.functional_description = (
            value_
            if (value_ := d["functional_description"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d.get("exchange_index", UNSET)).__class__ is int
            or value_ is UNSET
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
