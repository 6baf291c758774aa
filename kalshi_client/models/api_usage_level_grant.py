from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset

_ExchangeInstance_BY_VALUE = cast(
    "dict[Any, ExchangeInstance]", ExchangeInstance._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "exchange_instance",
    "level",
    "source",
    "expires_ts",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="ApiUsageLevelGrant")


@_attrs_define
class ApiUsageLevelGrant:
    exchange_instance: ExchangeInstance
    """ Which exchange instance: event contracts or margined. """
    level: str
    """ Usage level the grant gives. """
    source: str
    """ volume (earned by trading volume) or manual (set by Kalshi). """
    expires_ts: int | None | Unset = UNSET
    """ Unix seconds at which the grant ends; absent when it is permanent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_instance = ExchangeInstance(self.exchange_instance).value

        level = self.level

        source = self.source

        expires_ts: int | None | Unset
        if isinstance(self.expires_ts, Unset):
            expires_ts = UNSET
        else:
            expires_ts = self.expires_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_instance": exchange_instance,
                "level": level,
                "source": source,
            }
        )
        if expires_ts is not UNSET:
            field_dict["expires_ts"] = expires_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        api_usage_level_grant = cls(
            (
                _ExchangeInstance_BY_VALUE.get(d["exchange_instance"])
                or ExchangeInstance(d["exchange_instance"])
            ),
            d["level"],
            d["source"],
            d.get("expires_ts", UNSET),
        )
        if not _KNOWN.issuperset(d):
            api_usage_level_grant.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return api_usage_level_grant

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
