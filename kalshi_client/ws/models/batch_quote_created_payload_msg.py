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
    from ..models.batch_quote_created_payload_msg_quotes_item import (
        BatchQuoteCreatedPayloadMsgQuotesItem,
    )


from . import (
    batch_quote_created_payload_msg_quotes_item as _batch_quote_created_payload_msg_quotes_item,
)

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "batch_quote_id",
    "rfq_batch_id",
    "quote_creator_id",
    "created_ts",
    "quotes",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


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
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not BatchQuoteCreatedPayloadMsg:
            return as_subclass(cls, BatchQuoteCreatedPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.batch_quote_id = (
            value_
            if (value_ := d["batch_quote_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rfq_batch_id = (
            value_
            if (value_ := d["rfq_batch_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.quote_creator_id = (
            value_
            if (value_ := d["quote_creator_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.created_ts = _datetime_fromisoformat(d["created_ts"])
        quotes = d["quotes"]
        instance_.quotes = (
            []
            if quotes is None
            else [
                _batch_quote_created_payload_msg_quotes_item.BatchQuoteCreatedPayloadMsgQuotesItem.from_dict(
                    item
                )
                for item in quotes
            ]
            if quotes.__class__ is list
            else _wrong_type(quotes)
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
