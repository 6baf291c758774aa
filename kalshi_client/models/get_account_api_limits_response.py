from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


T = TypeVar("T", bound="GetAccountApiLimitsResponse")


@_attrs_define
class GetAccountApiLimitsResponse:
    usage_tier: str
    """ The caller's effective API usage tier, e.g. basic, advanced or expert. """
    read: BucketLimit
    """ A rate-limit token bucket: each call spends its endpoint's token cost, the bucket refills every second, and
    a call that finds too few tokens is refused with 429. """
    write: BucketLimit
    """ A rate-limit token bucket: each call spends its endpoint's token cost, the bucket refills every second, and
    a call that finds too few tokens is refused with 429. """
    grants: list[ApiUsageLevelGrant]
    """ The caller's active usage-level grants, each for one exchange lane. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage_tier = self.usage_tier

        read = self.read.to_dict()

        write = self.write.to_dict()

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usage_tier": usage_tier,
                "read": read,
                "write": write,
                "grants": grants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_usage_level_grant import ApiUsageLevelGrant  # noqa: PLC0415
        from ..models.bucket_limit import BucketLimit  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("grants", UNSET) is None:
            d["grants"] = []
        usage_tier = d.pop("usage_tier")

        read = BucketLimit.from_dict(d.pop("read"))

        write = BucketLimit.from_dict(d.pop("write"))

        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = ApiUsageLevelGrant.from_dict(grants_item_data)

            grants.append(grants_item)

        get_account_api_limits_response = cls(
            usage_tier=usage_tier,
            read=read,
            write=write,
            grants=grants,
        )

        get_account_api_limits_response.additional_properties = d
        return get_account_api_limits_response

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
