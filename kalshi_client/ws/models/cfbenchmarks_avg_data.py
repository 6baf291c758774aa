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
    "value",
    "window_size",
    "window_start_ts_ms",
    "window_end_ts_exclusive",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CfbenchmarksAvgData")


@_attrs_define
class CfbenchmarksAvgData:
    """A windowed average of a CF Benchmarks index."""

    value: str
    """ The value, as a decimal string. """
    window_size: int
    """ How many values the average covers. """
    window_start_ts_ms: int
    """ Start of the averaging window (Unix milliseconds). """
    window_end_ts_exclusive: int
    """ End of the averaging window, excluded (Unix milliseconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        window_size = self.window_size

        window_start_ts_ms = self.window_start_ts_ms

        window_end_ts_exclusive = self.window_end_ts_exclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "window_size": window_size,
                "window_start_ts_ms": window_start_ts_ms,
                "window_end_ts_exclusive": window_end_ts_exclusive,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CfbenchmarksAvgData:
            return as_subclass(cls, CfbenchmarksAvgData.from_dict(d))
        instance_ = _new(cls)
        instance_.value = (
            value_ if (value_ := d["value"]).__class__ is str else _wrong_type(value_)
        )
        instance_.window_size = (
            value_
            if (value_ := d["window_size"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.window_start_ts_ms = (
            value_
            if (value_ := d["window_start_ts_ms"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.window_end_ts_exclusive = (
            value_
            if (value_ := d["window_end_ts_exclusive"]).__class__ is int
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
