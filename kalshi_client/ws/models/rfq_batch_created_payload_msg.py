from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.rfq_batch_created_payload_msg_legs_item import (
        RfqBatchCreatedPayloadMsgLegsItem,
    )
    from ..models.rfq_batch_created_payload_msg_rfqs_item import (
        RfqBatchCreatedPayloadMsgRfqsItem,
    )


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
        from ..models.rfq_batch_created_payload_msg_legs_item import (
            RfqBatchCreatedPayloadMsgLegsItem,  # noqa: PLC0415
        )
        from ..models.rfq_batch_created_payload_msg_rfqs_item import (
            RfqBatchCreatedPayloadMsgRfqsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        if d.get("legs", UNSET) is None:
            d["legs"] = []
        if d.get("rfqs", UNSET) is None:
            d["rfqs"] = []
        id = d.pop("id")

        creator_id = d.pop("creator_id")

        created_ts = datetime.datetime.fromisoformat(d.pop("created_ts"))

        legs = []
        _legs = d.pop("legs")
        for legs_item_data in _legs:
            legs_item = RfqBatchCreatedPayloadMsgLegsItem.from_dict(legs_item_data)

            legs.append(legs_item)

        rfqs = []
        _rfqs = d.pop("rfqs")
        for rfqs_item_data in _rfqs:
            rfqs_item = RfqBatchCreatedPayloadMsgRfqsItem.from_dict(rfqs_item_data)

            rfqs.append(rfqs_item)

        rfq_batch_created_payload_msg = cls(
            id=id,
            creator_id=creator_id,
            created_ts=created_ts,
            legs=legs,
            rfqs=rfqs,
        )

        rfq_batch_created_payload_msg.additional_properties = d
        return rfq_batch_created_payload_msg

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
