from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.live_data_details import LiveDataDetails


from . import live_data_details as _live_data_details

_JSON_NAMES: tuple[str, ...] = (
    "type",
    "details",
    "milestone_id",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="LiveData")


@_attrs_define
class LiveData:
    """Live data of one milestone."""

    type_: str
    details: LiveDataDetails
    """ The live data itself; its shape depends on type. """
    milestone_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        details = self.details.to_dict()

        milestone_id = self.milestone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "details": details,
                "milestone_id": milestone_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not LiveData:
            return as_subclass(cls, LiveData.from_dict(d))
        instance_ = _new(cls)
        instance_.type_ = (
            value_ if (value_ := d["type"]).__class__ is str else _wrong_type(value_)
        )
        instance_.details = _live_data_details.LiveDataDetails.from_dict(d["details"])
        instance_.milestone_id = (
            value_
            if (value_ := d["milestone_id"]).__class__ is str
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
