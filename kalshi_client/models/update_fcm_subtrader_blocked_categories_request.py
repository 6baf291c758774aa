from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "subtrader_id",
    "category",
    "blocked",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="UpdateFCMSubtraderBlockedCategoriesRequest")


@_attrs_define
class UpdateFCMSubtraderBlockedCategoriesRequest:
    subtrader_id: str
    """ The subtrader, which must belong to the calling FCM. """
    category: str
    """ One event category, 1 to 100 characters, e.g. Politics. """
    blocked: bool
    """ true to block the category, false to unblock it (unblocking one that is not blocked does nothing). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        category = self.category

        blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "category": category,
                "blocked": blocked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        update_fcm_subtrader_blocked_categories_request = cls(
            d["subtrader_id"],
            d["category"],
            d["blocked"],
        )
        if not _KNOWN.issuperset(d):
            update_fcm_subtrader_blocked_categories_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return update_fcm_subtrader_blocked_categories_request

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
