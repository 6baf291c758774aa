from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.rfq_batch_best_quotes_payload_msg_rfqs_item import (
        RfqBatchBestQuotesPayloadMsgRfqsItem,
    )


from . import (
    rfq_batch_best_quotes_payload_msg_rfqs_item as _rfq_batch_best_quotes_payload_msg_rfqs_item,
)

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "rfq_batch_id",
    "version",
    "updated_ts",
    "yes_complete",
    "no_complete",
    "rfqs",
    "client_batch_id",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="RfqBatchBestQuotesPayloadMsg")


@_attrs_define
class RfqBatchBestQuotesPayloadMsg:
    """The content of the message."""

    rfq_batch_id: str
    """ The batch of requests for quote. """
    version: int
    """ Grows by one with each change of the best quotes. """
    updated_ts: datetime.datetime
    """ When it last changed. """
    yes_complete: bool
    """ Whether every yes leg has a quote. """
    no_complete: bool
    """ Whether every no leg has a quote. """
    rfqs: list[RfqBatchBestQuotesPayloadMsgRfqsItem]
    """ The requests in the batch. """
    client_batch_id: str | Unset = UNSET
    """ The identifier the batch's creator gave it. """
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_batch_id = self.rfq_batch_id

        version = self.version

        updated_ts = self.updated_ts.isoformat()

        yes_complete = self.yes_complete

        no_complete = self.no_complete

        rfqs = []
        for rfqs_item_data in self.rfqs:
            rfqs_item = rfqs_item_data.to_dict()
            rfqs.append(rfqs_item)

        client_batch_id = self.client_batch_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_batch_id": rfq_batch_id,
                "version": version,
                "updated_ts": updated_ts,
                "yes_complete": yes_complete,
                "no_complete": no_complete,
                "rfqs": rfqs,
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
        if cls is not RfqBatchBestQuotesPayloadMsg:
            return as_subclass(cls, RfqBatchBestQuotesPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.rfq_batch_id = (
            value_
            if (value_ := d["rfq_batch_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.version = (
            value_ if (value_ := d["version"]).__class__ is int else _wrong_type(value_)
        )
        instance_.updated_ts = _datetime_fromisoformat(d["updated_ts"])
        instance_.yes_complete = (
            value_
            if (value_ := d["yes_complete"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.no_complete = (
            value_
            if (value_ := d["no_complete"]) is True or value_ is False
            else _wrong_type(value_)
        )
        rfqs = d["rfqs"]
        instance_.rfqs = (
            []
            if rfqs is None
            else [
                _rfq_batch_best_quotes_payload_msg_rfqs_item.RfqBatchBestQuotesPayloadMsgRfqsItem.from_dict(
                    item
                )
                for item in rfqs
            ]
            if rfqs.__class__ is list
            else _wrong_type(rfqs)
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
