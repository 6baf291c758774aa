from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_progress import (
        AccountApiUsageLevelVolumeProgress,
    )


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
        from ..models.account_api_usage_level_volume_progress import (
            AccountApiUsageLevelVolumeProgress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        if d.get("volume_progress", UNSET) is None:
            d["volume_progress"] = []
        volume_progress = []
        _volume_progress = d.pop("volume_progress")
        for volume_progress_item_data in _volume_progress:
            volume_progress_item = AccountApiUsageLevelVolumeProgress.from_dict(
                volume_progress_item_data
            )

            volume_progress.append(volume_progress_item)

        get_account_api_usage_level_volume_progress_response = cls(
            volume_progress=volume_progress,
        )

        get_account_api_usage_level_volume_progress_response.additional_properties = d
        return get_account_api_usage_level_volume_progress_response

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
