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
    "event_ticker",
    "series_ticker",
    "fee_type_override",
    "fee_multiplier_override",
    "scheduled_ts",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="EventFeeChange")


@_attrs_define
class EventFeeChange:
    id: str
    event_ticker: str
    series_ticker: str
    fee_type_override: FeeType | None
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
            fee_type_override = FeeType(self.fee_type_override).value
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
        fee_type_override = d["fee_type_override"]
        if isinstance(fee_type_override, str):
            try:
                fee_type_override = _FeeType_BY_VALUE.get(fee_type_override) or FeeType(
                    fee_type_override
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # the stock rule for unions: keep the raw value
        event_fee_change = cls(
            d["id"],
            d["event_ticker"],
            d["series_ticker"],
            fee_type_override,
            d["fee_multiplier_override"],
            _datetime_fromisoformat(d["scheduled_ts"]),
        )
        if not _KNOWN.issuperset(d):
            event_fee_change.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return event_fee_change

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
