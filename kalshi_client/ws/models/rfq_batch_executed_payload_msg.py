from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "rfq_batch_id",
    "rfq_creator_id",
    "executed_rfq_ids",
    "failed_rfq_ids",
    "executed_ts",
    "close_reason",
    "client_batch_id",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="RfqBatchExecutedPayloadMsg")


@_attrs_define
class RfqBatchExecutedPayloadMsg:
    """The content of the message."""

    rfq_batch_id: str
    """ The batch of requests for quote. """
    rfq_creator_id: str
    """ Who created the request for quote. """
    executed_rfq_ids: list[str]
    """ Requests that executed. """
    failed_rfq_ids: list[str]
    """ Requests that did not execute. """
    executed_ts: datetime.datetime
    """ When it was executed. """
    close_reason: str
    """ Why the batch closed. """
    client_batch_id: str | Unset = UNSET
    """ The identifier the batch's creator gave it. """
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_batch_id = self.rfq_batch_id

        rfq_creator_id = self.rfq_creator_id

        executed_rfq_ids = self.executed_rfq_ids

        failed_rfq_ids = self.failed_rfq_ids

        executed_ts = self.executed_ts.isoformat()

        close_reason = self.close_reason

        client_batch_id = self.client_batch_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_batch_id": rfq_batch_id,
                "rfq_creator_id": rfq_creator_id,
                "executed_rfq_ids": executed_rfq_ids,
                "failed_rfq_ids": failed_rfq_ids,
                "executed_ts": executed_ts,
                "close_reason": close_reason,
            }
        )
        if client_batch_id is not UNSET:
            field_dict["client_batch_id"] = client_batch_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not RfqBatchExecutedPayloadMsg:
            return as_subclass(cls, RfqBatchExecutedPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.rfq_batch_id = (
            value_
            if (value_ := d["rfq_batch_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rfq_creator_id = (
            value_
            if (value_ := d["rfq_creator_id"]).__class__ is str
            else _wrong_type(value_)
        )
        executed_rfq_ids = d["executed_rfq_ids"]
        instance_.executed_rfq_ids = (
            []
            if executed_rfq_ids is None
            else executed_rfq_ids
            if executed_rfq_ids.__class__ is list
            else _wrong_type(executed_rfq_ids)
        )
        failed_rfq_ids = d["failed_rfq_ids"]
        instance_.failed_rfq_ids = (
            []
            if failed_rfq_ids is None
            else failed_rfq_ids
            if failed_rfq_ids.__class__ is list
            else _wrong_type(failed_rfq_ids)
        )
        instance_.executed_ts = _datetime_fromisoformat(d["executed_ts"])
        instance_.close_reason = (
            value_
            if (value_ := d["close_reason"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.client_batch_id = (
            value_
            if (value_ := d.get("client_batch_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
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
