from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_progress import (
        AccountApiUsageLevelVolumeProgress,
    )


from . import (
    account_api_usage_level_volume_progress as _account_api_usage_level_volume_progress,
)

_JSON_NAMES: tuple[str, ...] = ("volume_progress",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetAccountApiUsageLevelVolumeProgressResponse")


@_attrs_define
class GetAccountApiUsageLevelVolumeProgressResponse:
    volume_progress: list[AccountApiUsageLevelVolumeProgress]
    """ Progress toward the volume-based tiers on the event-contract lane. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_progress = []
        for volume_progress_item_data in self.volume_progress:
            volume_progress_item = volume_progress_item_data.to_dict()
            volume_progress.append(volume_progress_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume_progress": volume_progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetAccountApiUsageLevelVolumeProgressResponse:
            return as_subclass(
                cls, GetAccountApiUsageLevelVolumeProgressResponse.from_dict(d)
            )
        instance_ = _new(cls)
        volume_progress = d["volume_progress"]
        instance_.volume_progress = (
            []
            if volume_progress is None
            else [
                _account_api_usage_level_volume_progress.AccountApiUsageLevelVolumeProgress.from_dict(
                    item
                )
                for item in volume_progress
            ]
            if volume_progress.__class__ is list
            else _wrong_type(volume_progress)
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
