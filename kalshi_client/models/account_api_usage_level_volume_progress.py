from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_goal import (
        AccountApiUsageLevelVolumeGoal,
    )


from . import (
    account_api_usage_level_volume_goal as _account_api_usage_level_volume_goal,
)

_JSON_NAMES: tuple[str, ...] = (
    "computed_ts",
    "trailing_30d_volume_fp",
    "goals",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="AccountApiUsageLevelVolumeProgress")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AccountApiUsageLevelVolumeProgress:
    computed_ts: int
    """ Unix seconds at which this was worked out; the 30-day volume ends here. """
    trailing_30d_volume_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    goals: list[AccountApiUsageLevelVolumeGoal]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        computed_ts = self.computed_ts

        trailing_30d_volume_fp = _money_text(self.trailing_30d_volume_fp)

        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "computed_ts": computed_ts,
                "trailing_30d_volume_fp": trailing_30d_volume_fp,
                "goals": goals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not AccountApiUsageLevelVolumeProgress:
            return as_subclass(cls, AccountApiUsageLevelVolumeProgress.from_dict(d))
        instance_ = _new(cls)
        instance_.computed_ts = (
            value_
            if (value_ := d["computed_ts"]).__class__ is int
            else _wrong_type(value_)
        )
        trailing_30d_volume_fp = d["trailing_30d_volume_fp"]
        instance_.trailing_30d_volume_fp = (
            _decimals[trailing_30d_volume_fp]
            if trailing_30d_volume_fp in _decimals
            else _decimal(trailing_30d_volume_fp)
        )
        goals = d["goals"]
        instance_.goals = (
            []
            if goals is None
            else [
                _account_api_usage_level_volume_goal.AccountApiUsageLevelVolumeGoal.from_dict(
                    item
                )
                for item in goals
            ]
            if goals.__class__ is list
            else _wrong_type(goals)
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
