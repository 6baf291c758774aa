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

from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

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
_new = object.__new__


def _to_exchange_instance(
    value: ExchangeInstance | Literal["event_contract", "margined"],
) -> ExchangeInstance:
    return _enum_member(ExchangeInstance, value, "exchange_instance")


T = TypeVar("T", bound="ApiUsageLevelGrant")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ApiUsageLevelGrant:
    exchange_instance: ExchangeInstance = _attrs_field(converter=_to_exchange_instance)
    """ Which exchange instance: event contracts or margined. """
    level: str
    """ Usage level the grant gives. """
    source: str
    """ volume (earned by trading volume) or manual (set by Kalshi). """
    expires_ts: int | None | Unset = UNSET
    """ Unix seconds at which the grant ends; absent when it is permanent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_instance = _enum_value(
            ExchangeInstance, self.exchange_instance, "exchange_instance"
        )

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ApiUsageLevelGrant:
            return as_subclass(cls, ApiUsageLevelGrant.from_dict(d))
        instance_ = _new(cls)
        instance_.exchange_instance = (
            _ExchangeInstance_BY_VALUE[d["exchange_instance"]]
            if d["exchange_instance"] in _ExchangeInstance_BY_VALUE
            else ExchangeInstance(d["exchange_instance"])
        )
        instance_.level = (
            value_ if (value_ := d["level"]).__class__ is str else _wrong_type(value_)
        )
        instance_.source = (
            value_ if (value_ := d["source"]).__class__ is str else _wrong_type(value_)
        )
        instance_.expires_ts = (
            value_
            if (value_ := d.get("expires_ts", UNSET)).__class__ is int
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
