from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope
from ..types import UNSET, Unset, as_subclass
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_ApiKeyScope_BY_VALUE = cast("dict[Any, ApiKeyScope]", ApiKeyScope._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "name",
    "public_key",
    "scopes",
    "subaccount",
    "fcm_subtrader_id",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    name: str
    """ A label that tells your keys apart. """
    public_key: str
    """ Your RSA or Ed25519 public key, PEM-encoded (-----BEGIN PUBLIC KEY-----). """
    scopes: list[ApiKeyScope] | Unset = UNSET
    """ Scopes to grant; write needs read alongside it. """
    subaccount: int | Unset = UNSET
    """ Tie the key to this one subaccount (0-63) of yours. """
    fcm_subtrader_id: str | Unset = UNSET
    """ FCM members only: bind the key to one of your subtraders, written {your_user_id}_{suffix}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public_key = self.public_key

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
                "public_key": public_key,
            }
        )
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
        if cls is not CreateApiKeyRequest:
            return as_subclass(cls, CreateApiKeyRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.name = (
            value_ if (value_ := d["name"]).__class__ is str else _wrong_type(value_)
        )
        instance_.public_key = (
            value_
            if (value_ := d["public_key"]).__class__ is str
            else _wrong_type(value_)
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
