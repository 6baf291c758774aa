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

from ..models.api_key_type import ApiKeyType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_ApiKeyType_BY_VALUE = cast("dict[Any, ApiKeyType]", ApiKeyType._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "api_key_id",
    "private_key",
    "key_type",
    "warning",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_key_type(
    value: ApiKeyType | Literal["rsa", "ed25519"] | Unset,
) -> ApiKeyType | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(ApiKeyType, value, "key_type")


T = TypeVar("T", bound="GenerateApiKeyResponse")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class GenerateApiKeyResponse:
    api_key_id: str
    private_key: str
    """ The private key, PEM-encoded (PKCS#1 for rsa, PKCS#8 for ed25519). Store it: it is not shown again. """
    key_type: ApiKeyType | Unset = _attrs_field(default=UNSET, converter=_to_key_type)
    """ Algorithm of a key pair: rsa (2048-bit, signatures with RSA-PSS and SHA-256) or ed25519. Generate requests
    that leave it out get rsa. """
    warning: None | str | Unset = UNSET
    """ Set only when the key is bound to an FCM subtrader that lacks a per-subtrader risk control. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        private_key = self.private_key

        key_type: str | Unset = UNSET
        if not isinstance(self.key_type, Unset):
            key_type = _enum_value(ApiKeyType, self.key_type, "key_type")

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "private_key": private_key,
            }
        )
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GenerateApiKeyResponse:
            return as_subclass(cls, GenerateApiKeyResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.api_key_id = (
            value_
            if (value_ := d["api_key_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.private_key = (
            value_
            if (value_ := d["private_key"]).__class__ is str
            else _wrong_type(value_)
        )
        key_type = d.get("key_type", UNSET)
        instance_.key_type = (
            key_type
            if key_type is UNSET
            else (
                _ApiKeyType_BY_VALUE[key_type]
                if key_type in _ApiKeyType_BY_VALUE
                else ApiKeyType(key_type)
            )
        )
        instance_.warning = (
            value_
            if (value_ := d.get("warning", UNSET)).__class__ is str
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
