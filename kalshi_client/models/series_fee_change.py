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
    "series_ticker",
    "fee_type",
    "fee_multiplier",
    "scheduled_ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_fee_type(
    value: FeeType
    | Literal[
        "quadratic",
        "quadratic_with_maker_fees",
        "quadratic_with_combo_maker_fees",
        "flat",
    ],
) -> FeeType:
    return _enum_member(FeeType, value, "fee_type")


T = TypeVar("T", bound="SeriesFeeChange")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SeriesFeeChange:
    id: str
    series_ticker: str
    fee_type: FeeType = _attrs_field(converter=_to_fee_type)
    """ Fee type the series will have. """
    fee_multiplier: float
    """ Fee multiplier the series will have. """
    scheduled_ts: datetime.datetime
    """ When the change takes effect. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        series_ticker = self.series_ticker

        fee_type = _enum_value(FeeType, self.fee_type, "fee_type")

        fee_multiplier = self.fee_multiplier

        scheduled_ts = self.scheduled_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "series_ticker": series_ticker,
                "fee_type": fee_type,
                "fee_multiplier": fee_multiplier,
                "scheduled_ts": scheduled_ts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not SeriesFeeChange:
            return as_subclass(cls, SeriesFeeChange.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.series_ticker = (
            value_
            if (value_ := d["series_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.fee_type = (
            _FeeType_BY_VALUE[d["fee_type"]]
            if d["fee_type"] in _FeeType_BY_VALUE
            else FeeType(d["fee_type"])
        )
        instance_.fee_multiplier = (
            value_
            if (value_ := d["fee_multiplier"]).__class__ is float
            or value_.__class__ is int
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
