from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.fcm_subtrader import FCMSubtrader


T = TypeVar("T", bound="ListFCMSubtradersResponse")


@_attrs_define
class ListFCMSubtradersResponse:
    subtraders: list[FCMSubtrader]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtraders = []
        for subtraders_item_data in self.subtraders:
            subtraders_item = subtraders_item_data.to_dict()
            subtraders.append(subtraders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtraders": subtraders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fcm_subtrader import FCMSubtrader  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("subtraders", UNSET) is None:
            d["subtraders"] = []
        subtraders = []
        _subtraders = d.pop("subtraders")
        for subtraders_item_data in _subtraders:
            subtraders_item = FCMSubtrader.from_dict(subtraders_item_data)

            subtraders.append(subtraders_item)

        list_fcm_subtraders_response = cls(
            subtraders=subtraders,
        )

        list_fcm_subtraders_response.additional_properties = d
        return list_fcm_subtraders_response

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
