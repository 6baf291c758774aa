from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType

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


T = TypeVar("T", bound="SeriesFeeChange")


@_attrs_define
class SeriesFeeChange:
    id: str
    series_ticker: str
    fee_type: FeeType
    """ How fees are worked out, for a series or for an event that overrides its series. """
    fee_multiplier: float
    """ Fee multiplier the series will have. """
    scheduled_ts: datetime.datetime
    """ When the change takes effect. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        series_ticker = self.series_ticker

        fee_type = FeeType(self.fee_type).value

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
        series_fee_change = cls(
            d["id"],
            d["series_ticker"],
            (_FeeType_BY_VALUE.get(d["fee_type"]) or FeeType(d["fee_type"])),
            d["fee_multiplier"],
            _datetime_fromisoformat(d["scheduled_ts"]),
        )
        if not _KNOWN.issuperset(d):
            series_fee_change.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return series_fee_change

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
