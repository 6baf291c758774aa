from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_quote_created_payload_msg_quotes_item import (
        BatchQuoteCreatedPayloadMsgQuotesItem,
    )


T = TypeVar("T", bound="BatchQuoteCreatedPayloadMsg")


@_attrs_define
class BatchQuoteCreatedPayloadMsg:
    """The content of the message."""

    batch_quote_id: str
    """ The batch quote's identifier. """
    rfq_batch_id: str
    """ The batch of requests for quote. """
    quote_creator_id: str
    """ Who created the quote. """
    created_ts: datetime.datetime
    """ When it was created. """
    quotes: list[BatchQuoteCreatedPayloadMsgQuotesItem]
    """ The quotes in the batch. """
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_quote_id = self.batch_quote_id

        rfq_batch_id = self.rfq_batch_id

        quote_creator_id = self.quote_creator_id

        created_ts = self.created_ts.isoformat()

        quotes = []
        for quotes_item_data in self.quotes:
            quotes_item = quotes_item_data.to_dict()
            quotes.append(quotes_item)

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_quote_id": batch_quote_id,
                "rfq_batch_id": rfq_batch_id,
                "quote_creator_id": quote_creator_id,
                "created_ts": created_ts,
                "quotes": quotes,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_quote_created_payload_msg_quotes_item import (
            BatchQuoteCreatedPayloadMsgQuotesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        if d.get("quotes", UNSET) is None:
            d["quotes"] = []
        batch_quote_id = d.pop("batch_quote_id")

        rfq_batch_id = d.pop("rfq_batch_id")

        quote_creator_id = d.pop("quote_creator_id")

        created_ts = datetime.datetime.fromisoformat(d.pop("created_ts"))

        quotes = []
        _quotes = d.pop("quotes")
        for quotes_item_data in _quotes:
            quotes_item = BatchQuoteCreatedPayloadMsgQuotesItem.from_dict(
                quotes_item_data
            )

            quotes.append(quotes_item)

        subaccount = d.pop("subaccount", UNSET)

        batch_quote_created_payload_msg = cls(
            batch_quote_id=batch_quote_id,
            rfq_batch_id=rfq_batch_id,
            quote_creator_id=quote_creator_id,
            created_ts=created_ts,
            quotes=quotes,
            subaccount=subaccount,
        )

        batch_quote_created_payload_msg.additional_properties = d
        return batch_quote_created_payload_msg

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
