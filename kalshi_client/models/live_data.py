from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_data_details import LiveDataDetails


T = TypeVar("T", bound="LiveData")


@_attrs_define
class LiveData:
    """Live data of one milestone."""

    type_: str
    details: LiveDataDetails
    """ The live data itself; its shape depends on type. """
    milestone_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        details = self.details.to_dict()

        milestone_id = self.milestone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "details": details,
                "milestone_id": milestone_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_data_details import LiveDataDetails  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        details = LiveDataDetails.from_dict(d.pop("details"))

        milestone_id = d.pop("milestone_id")

        live_data = cls(
            type_=type_,
            details=details,
            milestone_id=milestone_id,
        )

        live_data.additional_properties = d
        return live_data

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
