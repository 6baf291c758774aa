from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_event import AssociatedEvent


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
    """ Number of an exchange shard. """
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
        from ..models.associated_event import AssociatedEvent  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("associated_events", UNSET) is None:
            d["associated_events"] = []
        if d.get("associated_event_tickers", UNSET) is None:
            d["associated_event_tickers"] = []
        collection_ticker = d.pop("collection_ticker")

        series_ticker = d.pop("series_ticker")

        title = d.pop("title")

        description = d.pop("description")

        open_date = datetime.datetime.fromisoformat(d.pop("open_date"))

        close_date = datetime.datetime.fromisoformat(d.pop("close_date"))

        associated_events = []
        _associated_events = d.pop("associated_events")
        for associated_events_item_data in _associated_events:
            associated_events_item = AssociatedEvent.from_dict(
                associated_events_item_data
            )

            associated_events.append(associated_events_item)

        associated_event_tickers = cast(list[str], d.pop("associated_event_tickers"))

        is_ordered = d.pop("is_ordered")

        is_single_market_per_event = d.pop("is_single_market_per_event")

        is_all_yes = d.pop("is_all_yes")

        size_min = d.pop("size_min")

        size_max = d.pop("size_max")

        functional_description = d.pop("functional_description")

        exchange_index = d.pop("exchange_index", UNSET)

        multivariate_event_collection = cls(
            collection_ticker=collection_ticker,
            series_ticker=series_ticker,
            title=title,
            description=description,
            open_date=open_date,
            close_date=close_date,
            associated_events=associated_events,
            associated_event_tickers=associated_event_tickers,
            is_ordered=is_ordered,
            is_single_market_per_event=is_single_market_per_event,
            is_all_yes=is_all_yes,
            size_min=size_min,
            size_max=size_max,
            functional_description=functional_description,
            exchange_index=exchange_index,
        )

        multivariate_event_collection.additional_properties = d
        return multivariate_event_collection

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
