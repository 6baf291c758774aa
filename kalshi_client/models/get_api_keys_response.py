from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


from . import api_key as _api_key

_JSON_NAMES: tuple[str, ...] = (
    "api_keys",
    "api_key_region_expiration_ts",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="GetApiKeysResponse")


@_attrs_define
class GetApiKeysResponse:
    api_keys: list[ApiKey]
    api_key_region_expiration_ts: int | None | Unset = UNSET
    """ Unix seconds at which the account's location attestation for API keys runs out; a time in the past means it
    has run out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        api_key_region_expiration_ts: int | None | Unset
        if isinstance(self.api_key_region_expiration_ts, Unset):
            api_key_region_expiration_ts = UNSET
        else:
            api_key_region_expiration_ts = self.api_key_region_expiration_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_keys": api_keys,
            }
        )
        if api_key_region_expiration_ts is not UNSET:
            field_dict["api_key_region_expiration_ts"] = api_key_region_expiration_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        api_keys = d["api_keys"]
        api_keys = (
            []
            if api_keys is None
            else [_api_key.ApiKey.from_dict(item) for item in api_keys]
        )
        get_api_keys_response = cls(
            api_keys,
            d.get("api_key_region_expiration_ts", UNSET),
        )
        if not _KNOWN.issuperset(d):
            get_api_keys_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return get_api_keys_response

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
