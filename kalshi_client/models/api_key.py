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
    "api_key_id",
    "name",
    "scopes",
    "subaccount",
    "fcm_subtrader_id",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    api_key_id: str
    name: str
    scopes: list[ApiKeyScope]
    subaccount: int | None | Unset = UNSET
    """ When set, the key can only read and trade on this one subaccount. """
    fcm_subtrader_id: None | str | Unset = UNSET
    """ When set, the key is bound to this FCM subtrader ({fcm_user_id}_{suffix}). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = _enum_value(ApiKeyScope, scopes_item_data, "scopes_item")
            scopes.append(scopes_item)

        subaccount: int | None | Unset
        if isinstance(self.subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = self.subaccount

        fcm_subtrader_id: None | str | Unset
        if isinstance(self.fcm_subtrader_id, Unset):
            fcm_subtrader_id = UNSET
        else:
            fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "name": name,
                "scopes": scopes,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if fcm_subtrader_id is not UNSET:
            field_dict["fcm_subtrader_id"] = fcm_subtrader_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ApiKey:
            return as_subclass(cls, ApiKey.from_dict(d))
        instance_ = _new(cls)
        instance_.api_key_id = (
            value_
            if (value_ := d["api_key_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.name = (
            value_ if (value_ := d["name"]).__class__ is str else _wrong_type(value_)
        )
        scopes = d["scopes"]
        instance_.scopes = (
            []
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
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.fcm_subtrader_id = (
            value_
            if (value_ := d.get("fcm_subtrader_id", UNSET)).__class__ is str
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
