from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds


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
        from ..models.milestone_details import MilestoneDetails  # noqa: PLC0415
        from ..models.milestone_source_ids import MilestoneSourceIds  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("source_ids", UNSET) is None:
            del d["source_ids"]
        if d.get("related_event_tickers", UNSET) is None:
            d["related_event_tickers"] = []
        if d.get("primary_event_tickers", UNSET) is None:
            d["primary_event_tickers"] = []
        id = d.pop("id")

        category = d.pop("category")

        type_ = d.pop("type")

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        related_event_tickers = cast(list[str], d.pop("related_event_tickers"))

        title = d.pop("title")

        notification_message = d.pop("notification_message")

        details = MilestoneDetails.from_dict(d.pop("details"))

        primary_event_tickers = cast(list[str], d.pop("primary_event_tickers"))

        last_updated_ts = datetime.datetime.fromisoformat(d.pop("last_updated_ts"))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        _source_ids = d.pop("source_ids", UNSET)
        source_ids: MilestoneSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = MilestoneSourceIds.from_dict(_source_ids)

        milestone = cls(
            id=id,
            category=category,
            type_=type_,
            start_date=start_date,
            related_event_tickers=related_event_tickers,
            title=title,
            notification_message=notification_message,
            details=details,
            primary_event_tickers=primary_event_tickers,
            last_updated_ts=last_updated_ts,
            end_date=end_date,
            source_id=source_id,
            source_ids=source_ids,
        )

        milestone.additional_properties = d
        return milestone

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
