from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "creator_id",
    "rfq_ids",
    "deleted_ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="RfqBatchDeletedPayloadMsg")


@_attrs_define
class RfqBatchDeletedPayloadMsg:
    """The content of the message."""

    id: str
    """ The number the client chose for its command; an answer carries it back. 0 stands for none. """
    creator_id: str
    """ Who created it. """
    rfq_ids: list[str]
    """ The requests in the batch. """
    deleted_ts: datetime.datetime
    """ When it was deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        rfq_ids = self.rfq_ids

        deleted_ts = self.deleted_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creator_id": creator_id,
                "rfq_ids": rfq_ids,
                "deleted_ts": deleted_ts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not RfqBatchDeletedPayloadMsg:
            return as_subclass(cls, RfqBatchDeletedPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.creator_id = (
            value_
            if (value_ := d["creator_id"]).__class__ is str
            else _wrong_type(value_)
        )
        rfq_ids = d["rfq_ids"]
        instance_.rfq_ids = (
            []
            if rfq_ids is None
            else rfq_ids
            if rfq_ids.__class__ is list
            else _wrong_type(rfq_ids)
        )
        instance_.deleted_ts = _datetime_fromisoformat(d["deleted_ts"])
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
