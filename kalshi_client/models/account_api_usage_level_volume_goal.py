from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "level",
    "earn_volume_goal_fp",
    "keep_volume_goal_fp",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="AccountApiUsageLevelVolumeGoal")


@_attrs_define
class AccountApiUsageLevelVolumeGoal:
    level: str
    """ Usage level this goal leads to. """
    earn_volume_goal_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    keep_volume_goal_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        earn_volume_goal_fp = self.earn_volume_goal_fp

        keep_volume_goal_fp = self.keep_volume_goal_fp

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
        account_api_usage_level_volume_goal = cls(
            d["level"],
            d["earn_volume_goal_fp"],
            d["keep_volume_goal_fp"],
        )
        if not _KNOWN.issuperset(d):
            account_api_usage_level_volume_goal.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return account_api_usage_level_volume_goal

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
