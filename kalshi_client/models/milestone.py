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
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds


from . import milestone_details as _milestone_details
from . import milestone_source_ids as _milestone_source_ids

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "category",
    "type",
    "start_date",
    "related_event_tickers",
    "title",
    "notification_message",
    "details",
    "primary_event_tickers",
    "last_updated_ts",
    "end_date",
    "source_id",
    "source_ids",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone:
    """A milestone: a real-world happening such as a game that events can follow."""

    id: str
    category: str
    """ Category, e.g. Sports or Elections. """
    type_: str
    """ Kind of milestone, e.g. football_game or political_race. """
    start_date: datetime.datetime
    related_event_tickers: list[str]
    """ Events related to the milestone. """
    title: str
    notification_message: str
    details: MilestoneDetails
    """ Further details; their shape depends on the type. """
    primary_event_tickers: list[str]
    """ Events whose outcome the milestone decides directly. """
    last_updated_ts: datetime.datetime
    end_date: datetime.datetime | None | Unset = UNSET
    source_id: None | str | Unset = UNSET
    source_ids: MilestoneSourceIds | Unset = UNSET
    """ Ids of the milestone at outside data sources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category

        type_ = self.type_

        start_date = self.start_date.isoformat()

        related_event_tickers = self.related_event_tickers

        title = self.title

        notification_message = self.notification_message

        details = self.details.to_dict()

        primary_event_tickers = self.primary_event_tickers

        last_updated_ts = self.last_updated_ts.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category": category,
                "type": type_,
                "start_date": start_date,
                "related_event_tickers": related_event_tickers,
                "title": title,
                "notification_message": notification_message,
                "details": details,
                "primary_event_tickers": primary_event_tickers,
                "last_updated_ts": last_updated_ts,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Milestone:
            return as_subclass(cls, Milestone.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.category = (
            value_
            if (value_ := d["category"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.type_ = (
            value_ if (value_ := d["type"]).__class__ is str else _wrong_type(value_)
        )
        instance_.start_date = _datetime_fromisoformat(d["start_date"])
        related_event_tickers = d["related_event_tickers"]
        instance_.related_event_tickers = (
            []
            if related_event_tickers is None
            else related_event_tickers
            if related_event_tickers.__class__ is list
            else _wrong_type(related_event_tickers)
        )
        instance_.title = (
            value_ if (value_ := d["title"]).__class__ is str else _wrong_type(value_)
        )
        instance_.notification_message = (
            value_
            if (value_ := d["notification_message"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.details = _milestone_details.MilestoneDetails.from_dict(d["details"])
        primary_event_tickers = d["primary_event_tickers"]
        instance_.primary_event_tickers = (
            []
            if primary_event_tickers is None
            else primary_event_tickers
            if primary_event_tickers.__class__ is list
            else _wrong_type(primary_event_tickers)
        )
        instance_.last_updated_ts = _datetime_fromisoformat(d["last_updated_ts"])
        end_date = d.get("end_date", UNSET)
        instance_.end_date = (
            end_date
            if end_date is None or end_date is UNSET
            else _datetime_fromisoformat(end_date)
        )
        instance_.source_id = (
            value_
            if (value_ := d.get("source_id", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        source_ids = d.get("source_ids")
        instance_.source_ids = (
            UNSET
            if source_ids is None
            else _milestone_source_ids.MilestoneSourceIds.from_dict(source_ids)
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
