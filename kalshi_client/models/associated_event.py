from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "is_yes_only",
    "active_quoters",
    "size_max",
    "size_min",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="AssociatedEvent")


@_attrs_define
class AssociatedEvent:
    ticker: str
    is_yes_only: bool
    """ Whether only the yes side of this event's markets may be chosen. """
    active_quoters: list[str]
    """ Quoters active on this event. """
    size_max: int | None | Unset = UNSET
    """ Most markets that may be chosen from this event; null for no limit. """
    size_min: int | None | Unset = UNSET
    """ Fewest markets that must be chosen from this event; null for no limit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        is_yes_only = self.is_yes_only

        active_quoters = self.active_quoters

        size_max: int | None | Unset
        if isinstance(self.size_max, Unset):
            size_max = UNSET
        else:
            size_max = self.size_max

        size_min: int | None | Unset
        if isinstance(self.size_min, Unset):
            size_min = UNSET
        else:
            size_min = self.size_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "is_yes_only": is_yes_only,
                "active_quoters": active_quoters,
            }
        )
        if size_max is not UNSET:
            field_dict["size_max"] = size_max
        if size_min is not UNSET:
            field_dict["size_min"] = size_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not AssociatedEvent:
            return as_subclass(cls, AssociatedEvent.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.is_yes_only = (
            value_
            if (value_ := d["is_yes_only"]) is True or value_ is False
            else _wrong_type(value_)
        )
        active_quoters = d["active_quoters"]
        instance_.active_quoters = (
            []
            if active_quoters is None
            else active_quoters
            if active_quoters.__class__ is list
            else _wrong_type(active_quoters)
        )
        instance_.size_max = (
            value_
            if (value_ := d.get("size_max", UNSET)).__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.size_min = (
            value_
            if (value_ := d.get("size_min", UNSET)).__class__ is int
            or value_ is None
            or value_ is UNSET
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
