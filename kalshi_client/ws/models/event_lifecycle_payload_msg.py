from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.event_lifecycle_payload_msg_collateral_return_type import (
    EventLifecyclePayloadMsgCollateralReturnType,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

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
_new = object.__new__


def _to_collateral_return_type(
    value: EventLifecyclePayloadMsgCollateralReturnType
    | Literal["MECNET", "DIRECNET", ""],
) -> EventLifecyclePayloadMsgCollateralReturnType:
    return _enum_member(
        EventLifecyclePayloadMsgCollateralReturnType, value, "collateral_return_type"
    )


T = TypeVar("T", bound="EventLifecyclePayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EventLifecyclePayloadMsg:
    """The content of the message."""

    event_ticker: str
    """ The event's ticker. """
    exchange_index: int
    """ Which of the exchange's matching engines handled it. """
    title: str
    subtitle: str
    collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType = _attrs_field(
        converter=_to_collateral_return_type
    )
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

        collateral_return_type = _enum_value(
            EventLifecyclePayloadMsgCollateralReturnType,
            self.collateral_return_type,
            "collateral_return_type",
        )

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not EventLifecyclePayloadMsg:
            return as_subclass(cls, EventLifecyclePayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d["exchange_index"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.title = (
            value_ if (value_ := d["title"]).__class__ is str else _wrong_type(value_)
        )
        instance_.subtitle = (
            value_
            if (value_ := d["subtitle"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.collateral_return_type = (
            _EventLifecyclePayloadMsgCollateralReturnType_BY_VALUE[
                d["collateral_return_type"]
            ]
            if d["collateral_return_type"]
            in _EventLifecyclePayloadMsgCollateralReturnType_BY_VALUE
            else EventLifecyclePayloadMsgCollateralReturnType(
                d["collateral_return_type"]
            )
        )
        instance_.series_ticker = (
            value_
            if (value_ := d["series_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.strike_date = (
            value_
            if (value_ := d.get("strike_date", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.strike_period = (
            value_
            if (value_ := d.get("strike_period", UNSET)).__class__ is str
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
