from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.event_live_data_details import EventLiveDataDetails


from . import event_live_data_details as _event_live_data_details

_JSON_NAMES: tuple[str, ...] = (
    "type",
    "details",
    "is_historical",
    "default_range",
    "range_options",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="EventLiveData")


@_attrs_define
class EventLiveData:
    """Live data of one event."""

    type_: str
    """ Kind of live data; tells the shape of details. """
    details: EventLiveDataDetails
    """ The live data itself; its shape depends on type. """
    is_historical: bool | Unset = UNSET
    """ Set for crypto data: true when the event has matured and this is a frozen snapshot. """
    default_range: str | Unset = UNSET
    """ Chart range to show first, e.g. 15min or 1h; absent when not set. """
    range_options: list[str] | Unset = UNSET
    """ Chart ranges to offer; absent when not set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        details = self.details.to_dict()

        is_historical = self.is_historical

        default_range = self.default_range

        range_options: list[str] | Unset = UNSET
        if not isinstance(self.range_options, Unset):
            range_options = self.range_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "details": details,
            }
        )
        if is_historical is not UNSET:
            field_dict["is_historical"] = is_historical
        if default_range is not UNSET:
            field_dict["default_range"] = default_range
        if range_options is not UNSET:
            field_dict["range_options"] = range_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not EventLiveData:
            return as_subclass(cls, EventLiveData.from_dict(d))
        instance_ = _new(cls)
        instance_.type_ = (
            value_ if (value_ := d["type"]).__class__ is str else _wrong_type(value_)
        )
        instance_.details = _event_live_data_details.EventLiveDataDetails.from_dict(
            d["details"]
        )
        instance_.is_historical = (
            value_
            if (value_ := d.get("is_historical", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.default_range = (
            value_
            if (value_ := d.get("default_range", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        range_options = d.get("range_options")
        instance_.range_options = (
            UNSET
            if range_options is None
            else range_options
            if range_options.__class__ is list
            else _wrong_type(range_options)
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
