from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "level",
    "earn_volume_goal_fp",
    "keep_volume_goal_fp",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="AccountApiUsageLevelVolumeGoal")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AccountApiUsageLevelVolumeGoal:
    level: str
    """ Usage level this goal leads to. """
    earn_volume_goal_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    keep_volume_goal_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        earn_volume_goal_fp = _money_text(self.earn_volume_goal_fp)

        keep_volume_goal_fp = _money_text(self.keep_volume_goal_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "earn_volume_goal_fp": earn_volume_goal_fp,
                "keep_volume_goal_fp": keep_volume_goal_fp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not AccountApiUsageLevelVolumeGoal:
            return as_subclass(cls, AccountApiUsageLevelVolumeGoal.from_dict(d))
        instance_ = _new(cls)
        instance_.level = (
            value_ if (value_ := d["level"]).__class__ is str else _wrong_type(value_)
        )
        earn_volume_goal_fp = d["earn_volume_goal_fp"]
        instance_.earn_volume_goal_fp = (
            _decimals[earn_volume_goal_fp]
            if earn_volume_goal_fp in _decimals
            else _decimal(earn_volume_goal_fp)
        )
        keep_volume_goal_fp = d["keep_volume_goal_fp"]
        instance_.keep_volume_goal_fp = (
            _decimals[keep_volume_goal_fp]
            if keep_volume_goal_fp in _decimals
            else _decimal(keep_volume_goal_fp)
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
