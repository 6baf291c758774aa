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

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.rfq_batch_created_payload_msg_legs_item import (
        RfqBatchCreatedPayloadMsgLegsItem,
    )
    from ..models.rfq_batch_created_payload_msg_rfqs_item import (
        RfqBatchCreatedPayloadMsgRfqsItem,
    )


from . import (
    rfq_batch_created_payload_msg_legs_item as _rfq_batch_created_payload_msg_legs_item,
)
from . import (
    rfq_batch_created_payload_msg_rfqs_item as _rfq_batch_created_payload_msg_rfqs_item,
)

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "creator_id",
    "created_ts",
    "legs",
    "rfqs",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="RfqBatchCreatedPayloadMsg")


@_attrs_define
class RfqBatchCreatedPayloadMsg:
    """The content of the message."""

    id: str
    """ The number the client chose for its command; an answer carries it back. 0 stands for none. """
    creator_id: str
    """ Who created it. """
    created_ts: datetime.datetime
    """ When it was created. """
    legs: list[RfqBatchCreatedPayloadMsgLegsItem]
    """ The legs of the multivariate market. """
    rfqs: list[RfqBatchCreatedPayloadMsgRfqsItem]
    """ The requests in the batch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        created_ts = self.created_ts.isoformat()

        legs = []
        for legs_item_data in self.legs:
            legs_item = legs_item_data.to_dict()
            legs.append(legs_item)

        rfqs = []
        for rfqs_item_data in self.rfqs:
            rfqs_item = rfqs_item_data.to_dict()
            rfqs.append(rfqs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creator_id": creator_id,
                "created_ts": created_ts,
                "legs": legs,
                "rfqs": rfqs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not RfqBatchCreatedPayloadMsg:
            return as_subclass(cls, RfqBatchCreatedPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.creator_id = (
            value_
            if (value_ := d["creator_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.created_ts = _datetime_fromisoformat(d["created_ts"])
        legs = d["legs"]
        instance_.legs = (
            []
            if legs is None
            else [
                _rfq_batch_created_payload_msg_legs_item.RfqBatchCreatedPayloadMsgLegsItem.from_dict(
                    item
                )
                for item in legs
            ]
            if legs.__class__ is list
            else _wrong_type(legs)
        )
        rfqs = d["rfqs"]
        instance_.rfqs = (
            []
            if rfqs is None
            else [
                _rfq_batch_created_payload_msg_rfqs_item.RfqBatchCreatedPayloadMsgRfqsItem.from_dict(
                    item
                )
                for item in rfqs
            ]
            if rfqs.__class__ is list
            else _wrong_type(rfqs)
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
