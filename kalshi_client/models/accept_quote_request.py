from __future__ import annotations

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

from ..models.accept_quote_request_accepted_side import AcceptQuoteRequestAcceptedSide
from ..types import as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value

_AcceptQuoteRequestAcceptedSide_BY_VALUE = cast(
    "dict[Any, AcceptQuoteRequestAcceptedSide]",
    AcceptQuoteRequestAcceptedSide._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = ("accepted_side",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_accepted_side(
    value: AcceptQuoteRequestAcceptedSide | Literal["yes", "no"],
) -> AcceptQuoteRequestAcceptedSide:
    return _enum_member(AcceptQuoteRequestAcceptedSide, value, "accepted_side")


T = TypeVar("T", bound="AcceptQuoteRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AcceptQuoteRequest:
    accepted_side: AcceptQuoteRequestAcceptedSide = _attrs_field(
        converter=_to_accepted_side
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_side = _enum_value(
            AcceptQuoteRequestAcceptedSide, self.accepted_side, "accepted_side"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted_side": accepted_side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not AcceptQuoteRequest:
            return as_subclass(cls, AcceptQuoteRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.accepted_side = (
            _AcceptQuoteRequestAcceptedSide_BY_VALUE[d["accepted_side"]]
            if d["accepted_side"] in _AcceptQuoteRequestAcceptedSide_BY_VALUE
            else AcceptQuoteRequestAcceptedSide(d["accepted_side"])
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
