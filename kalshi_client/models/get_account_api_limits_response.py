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
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


from . import api_usage_level_grant as _api_usage_level_grant
from . import bucket_limit as _bucket_limit

_JSON_NAMES: tuple[str, ...] = (
    "usage_tier",
    "read",
    "write",
    "grants",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


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
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetAccountApiLimitsResponse:
            return as_subclass(cls, GetAccountApiLimitsResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.usage_tier = (
            value_
            if (value_ := d["usage_tier"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.read = _bucket_limit.BucketLimit.from_dict(d["read"])
        instance_.write = _bucket_limit.BucketLimit.from_dict(d["write"])
        grants = d["grants"]
        instance_.grants = (
            []
            if grants is None
            else [
                _api_usage_level_grant.ApiUsageLevelGrant.from_dict(item)
                for item in grants
            ]
            if grants.__class__ is list
            else _wrong_type(grants)
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
