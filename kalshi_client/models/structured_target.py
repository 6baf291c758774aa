from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds


T = TypeVar("T", bound="StructuredTarget")


@_attrs_define
class StructuredTarget:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    details: StructuredTargetDetails | Unset = UNSET
    """ Further details; their shape depends on the type. """
    source_id: str | Unset = UNSET
    """ Id of the target at an outside data source, if known. """
    source_ids: StructuredTargetSourceIds | Unset = UNSET
    """ Ids of the target at outside data sources. """
    last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        source_id = self.source_id

        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_target_details import StructuredTargetDetails  # noqa: PLC0415
        from ..models.structured_target_source_ids import StructuredTargetSourceIds  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("details", UNSET) is None:
            del d["details"]
        if d.get("source_ids", UNSET) is None:
            del d["source_ids"]
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _details = d.pop("details", UNSET)
        details: StructuredTargetDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = StructuredTargetDetails.from_dict(_details)

        source_id = d.pop("source_id", UNSET)

        _source_ids = d.pop("source_ids", UNSET)
        source_ids: StructuredTargetSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = StructuredTargetSourceIds.from_dict(_source_ids)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        structured_target = cls(
            id=id,
            name=name,
            type_=type_,
            details=details,
            source_id=source_id,
            source_ids=source_ids,
            last_updated_ts=last_updated_ts,
        )

        structured_target.additional_properties = d
        return structured_target

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
