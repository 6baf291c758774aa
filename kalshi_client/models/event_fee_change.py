from __future__ import annotations

import datetime
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

from ..models.fee_type import FeeType
from ..types import as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_FeeType_BY_VALUE = cast("dict[Any, FeeType]", FeeType._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "event_ticker",
    "series_ticker",
    "fee_type_override",
    "fee_multiplier_override",
    "scheduled_ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_fee_type_override(
    value: FeeType
    | Literal[
        "quadratic",
        "quadratic_with_maker_fees",
        "quadratic_with_combo_maker_fees",
        "flat",
    ]
    | None,
) -> FeeType | None:
    if value is None:
        return value
    return _enum_member(FeeType, value, "fee_type_override")


T = TypeVar("T", bound="EventFeeChange")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EventFeeChange:
    id: str
    event_ticker: str
    series_ticker: str
    fee_type_override: FeeType | None = _attrs_field(converter=_to_fee_type_override)
    """ New fee type for the event; null clears the override so the series' fees apply again. """
    fee_multiplier_override: float | None
    """ New fee multiplier for the event; null clears the override. """
    scheduled_ts: datetime.datetime
    """ When the change takes effect. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_ticker = self.event_ticker

        series_ticker = self.series_ticker

        fee_type_override: None | str
        if isinstance(self.fee_type_override, FeeType):
            fee_type_override = _enum_value(
                FeeType, self.fee_type_override, "fee_type_override_type_1"
            )
        else:
            fee_type_override = self.fee_type_override

        fee_multiplier_override: float | None
        fee_multiplier_override = self.fee_multiplier_override

        scheduled_ts = self.scheduled_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_ticker": event_ticker,
                "series_ticker": series_ticker,
                "fee_type_override": fee_type_override,
                "fee_multiplier_override": fee_multiplier_override,
                "scheduled_ts": scheduled_ts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not EventFeeChange:
            return as_subclass(cls, EventFeeChange.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.series_ticker = (
            value_
            if (value_ := d["series_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        fee_type_override = d["fee_type_override"]
        instance_.fee_type_override = (
            fee_type_override
            if fee_type_override is None
            else (
                _FeeType_BY_VALUE[fee_type_override]
                if fee_type_override in _FeeType_BY_VALUE
                else FeeType(fee_type_override)
            )
        )
        instance_.fee_multiplier_override = (
            value_
            if (value_ := d["fee_multiplier_override"]).__class__ is float
            or value_.__class__ is int
            or value_ is None
            else _wrong_type(value_)
        )
        instance_.scheduled_ts = _datetime_fromisoformat(d["scheduled_ts"])
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
