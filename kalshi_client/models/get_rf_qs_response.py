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
    from ..models.rfq import RFQ


from . import rfq as _rfq

_JSON_NAMES: tuple[str, ...] = (
    "rfqs",
    "cursor",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetRFQsResponse")


@_attrs_define
class GetRFQsResponse:
    rfqs: list[RFQ]
    cursor: str | Unset = UNSET
    """ Cursor for the next page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfqs = []
        for rfqs_item_data in self.rfqs:
            rfqs_item = rfqs_item_data.to_dict()
            rfqs.append(rfqs_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfqs": rfqs,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetRFQsResponse:
            return as_subclass(cls, GetRFQsResponse.from_dict(d))
        instance_ = _new(cls)
        rfqs = d["rfqs"]
        instance_.rfqs = (
            []
            if rfqs is None
            else [_rfq.RFQ.from_dict(item) for item in rfqs]
            if rfqs.__class__ is list
            else _wrong_type(rfqs)
        )
        instance_.cursor = (
            value_
            if (value_ := d.get("cursor", UNSET)).__class__ is str or value_ is UNSET
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
