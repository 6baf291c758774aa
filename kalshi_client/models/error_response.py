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
    "code",
    "message",
    "details",
    "service",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """What the exchange says went wrong."""

    code: str | Unset = UNSET
    """ Machine-readable error code. """
    message: str | Unset = UNSET
    """ Explanation for people. """
    details: str | Unset = UNSET
    """ More about the error, when there is more. """
    service: str | Unset = UNSET
    """ Which of Kalshi's services produced the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ErrorResponse:
            return as_subclass(cls, ErrorResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.code = (
            value_
            if (value_ := d.get("code", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.message = (
            value_
            if (value_ := d.get("message", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.details = (
            value_
            if (value_ := d.get("details", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.service = (
            value_
            if (value_ := d.get("service", UNSET)).__class__ is str or value_ is UNSET
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
