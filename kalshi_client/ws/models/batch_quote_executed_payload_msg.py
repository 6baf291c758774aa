from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchQuoteExecutedPayloadMsg")


@_attrs_define
class BatchQuoteExecutedPayloadMsg:
    """The content of the message."""

    batch_quote_id: str
    """ The batch quote's identifier. """
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
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_quote_id = self.batch_quote_id

        rfq_batch_id = self.rfq_batch_id

        rfq_creator_id = self.rfq_creator_id

        executed_rfq_ids = self.executed_rfq_ids

        failed_rfq_ids = self.failed_rfq_ids

        executed_ts = self.executed_ts.isoformat()

        close_reason = self.close_reason

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_quote_id": batch_quote_id,
                "rfq_batch_id": rfq_batch_id,
                "rfq_creator_id": rfq_creator_id,
                "executed_rfq_ids": executed_rfq_ids,
                "failed_rfq_ids": failed_rfq_ids,
                "executed_ts": executed_ts,
                "close_reason": close_reason,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if d.get("executed_rfq_ids", UNSET) is None:
            d["executed_rfq_ids"] = []
        if d.get("failed_rfq_ids", UNSET) is None:
            d["failed_rfq_ids"] = []
        batch_quote_id = d.pop("batch_quote_id")

        rfq_batch_id = d.pop("rfq_batch_id")

        rfq_creator_id = d.pop("rfq_creator_id")

        executed_rfq_ids = cast(list[str], d.pop("executed_rfq_ids"))

        failed_rfq_ids = cast(list[str], d.pop("failed_rfq_ids"))

        executed_ts = datetime.datetime.fromisoformat(d.pop("executed_ts"))

        close_reason = d.pop("close_reason")

        subaccount = d.pop("subaccount", UNSET)

        batch_quote_executed_payload_msg = cls(
            batch_quote_id=batch_quote_id,
            rfq_batch_id=rfq_batch_id,
            rfq_creator_id=rfq_creator_id,
            executed_rfq_ids=executed_rfq_ids,
            failed_rfq_ids=failed_rfq_ids,
            executed_ts=executed_ts,
            close_reason=close_reason,
            subaccount=subaccount,
        )

        batch_quote_executed_payload_msg.additional_properties = d
        return batch_quote_executed_payload_msg

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
