from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "underlying_ticker",
    "value_usd",
    "source_ts_ms",
    "received_at",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="PythValuePayloadMsg")


@_attrs_define
class PythValuePayloadMsg:
    """The content of the message."""

    underlying_ticker: str
    """ The Pyth underlying. """
    value_usd: str
    """ The value in US dollars, as a decimal string. """
    source_ts_ms: int
    """ When the source published the value (Unix milliseconds). """
    received_at: int
    """ When Kalshi received the value (Unix milliseconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        underlying_ticker = self.underlying_ticker

        value_usd = self.value_usd

        source_ts_ms = self.source_ts_ms

        received_at = self.received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "underlying_ticker": underlying_ticker,
                "value_usd": value_usd,
                "source_ts_ms": source_ts_ms,
                "received_at": received_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not PythValuePayloadMsg:
            return as_subclass(cls, PythValuePayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.underlying_ticker = (
            value_
            if (value_ := d["underlying_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.value_usd = (
            value_
            if (value_ := d["value_usd"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.source_ts_ms = (
            value_
            if (value_ := d["source_ts_ms"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.received_at = (
            value_
            if (value_ := d["received_at"]).__class__ is int
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
