from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_lifecycle_payload_msg_collateral_return_type import (
    EventLifecyclePayloadMsgCollateralReturnType,
)
from ..types import UNSET, Unset

_EventLifecyclePayloadMsgCollateralReturnType_BY_VALUE = cast(
    "dict[Any, EventLifecyclePayloadMsgCollateralReturnType]",
    EventLifecyclePayloadMsgCollateralReturnType._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "exchange_index",
    "title",
    "subtitle",
    "collateral_return_type",
    "series_ticker",
    "strike_date",
    "strike_period",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="EventLifecyclePayloadMsg")


@_attrs_define
class EventLifecyclePayloadMsg:
    """The content of the message."""

    event_ticker: str
    """ The event's ticker. """
    exchange_index: int
    """ Which of the exchange's matching engines handled it. """
    title: str
    subtitle: str
    collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType
    series_ticker: str
    """ The series' ticker. """
    strike_date: int | Unset = UNSET
    strike_period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        exchange_index = self.exchange_index

        title = self.title

        subtitle = self.subtitle

        collateral_return_type = EventLifecyclePayloadMsgCollateralReturnType(
            self.collateral_return_type
        ).value

        series_ticker = self.series_ticker

        strike_date = self.strike_date

        strike_period = self.strike_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "exchange_index": exchange_index,
                "title": title,
                "subtitle": subtitle,
                "collateral_return_type": collateral_return_type,
                "series_ticker": series_ticker,
            }
        )
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_lifecycle_payload_msg = cls(
            d["event_ticker"],
            d["exchange_index"],
            d["title"],
            d["subtitle"],
            (
                _EventLifecyclePayloadMsgCollateralReturnType_BY_VALUE.get(
                    d["collateral_return_type"]
                )
                or EventLifecyclePayloadMsgCollateralReturnType(
                    d["collateral_return_type"]
                )
            ),
            d["series_ticker"],
            d.get("strike_date", UNSET),
            d.get("strike_period", UNSET),
        )
        if not _KNOWN.issuperset(d):
            event_lifecycle_payload_msg.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return event_lifecycle_payload_msg

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
