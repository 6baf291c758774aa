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

from ..models.api_key_scope import ApiKeyScope
from ..models.api_key_type import ApiKeyType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_ApiKeyScope_BY_VALUE = cast("dict[Any, ApiKeyScope]", ApiKeyScope._value2member_map_)
_ApiKeyType_BY_VALUE = cast("dict[Any, ApiKeyType]", ApiKeyType._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "name",
    "key_type",
    "scopes",
    "subaccount",
    "fcm_subtrader_id",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_key_type(
    value: ApiKeyType | Literal["rsa", "ed25519"] | Unset,
) -> ApiKeyType | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(ApiKeyType, value, "key_type")


T = TypeVar("T", bound="GenerateApiKeyRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class GenerateApiKeyRequest:
    name: str
    """ A label that tells your keys apart. """
    key_type: ApiKeyType | Unset = _attrs_field(default=UNSET, converter=_to_key_type)
    """ Algorithm of a key pair: rsa (2048-bit, signatures with RSA-PSS and SHA-256) or ed25519. Generate requests
    that leave it out get rsa. """
    scopes: list[ApiKeyScope] | Unset = UNSET
    """ Scopes to grant; write needs read alongside it. """
    subaccount: int | Unset = UNSET
    """ Tie the key to this one subaccount (0-63) of yours. """
    fcm_subtrader_id: str | Unset = UNSET
    """ FCM members only: bind the key to one of your subtraders, written {your_user_id}_{suffix}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key_type: str | Unset = UNSET
        if not isinstance(self.key_type, Unset):
            key_type = _enum_value(ApiKeyType, self.key_type, "key_type")

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = _enum_value(ApiKeyScope, scopes_item_data, "scopes_item")
                scopes.append(scopes_item)

        subaccount = self.subaccount

        fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if fcm_subtrader_id is not UNSET:
            field_dict["fcm_subtrader_id"] = fcm_subtrader_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GenerateApiKeyRequest:
            return as_subclass(cls, GenerateApiKeyRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.name = (
            value_ if (value_ := d["name"]).__class__ is str else _wrong_type(value_)
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
        scopes = d.get("scopes")
        instance_.scopes = (
            UNSET
            if scopes is None
            else [
                (
                    _ApiKeyScope_BY_VALUE[item]
                    if item in _ApiKeyScope_BY_VALUE
                    else ApiKeyScope(item)
                )
                for item in scopes
            ]
            if scopes.__class__ is list
            else _wrong_type(scopes)
        )
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.fcm_subtrader_id = (
            value_
            if (value_ := d.get("fcm_subtrader_id", UNSET)).__class__ is str
            or value_ is UNSET
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
