from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.batch_quote_accepted_payload_msg_accepted_side import (
    BatchQuoteAcceptedPayloadMsgAcceptedSide,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.batch_quote_accepted_payload_msg_quotes_item import (
        BatchQuoteAcceptedPayloadMsgQuotesItem,
    )


from . import (
    batch_quote_accepted_payload_msg_quotes_item as _batch_quote_accepted_payload_msg_quotes_item,
)

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_BatchQuoteAcceptedPayloadMsgAcceptedSide_BY_VALUE = cast(
    "dict[Any, BatchQuoteAcceptedPayloadMsgAcceptedSide]",
    BatchQuoteAcceptedPayloadMsgAcceptedSide._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "batch_quote_id",
    "rfq_batch_id",
    "quote_creator_id",
    "rfq_creator_id",
    "accepted_side",
    "accepted_ts",
    "quotes",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_accepted_side(
    value: BatchQuoteAcceptedPayloadMsgAcceptedSide | Literal["yes", "no"],
) -> BatchQuoteAcceptedPayloadMsgAcceptedSide:
    return _enum_member(
        BatchQuoteAcceptedPayloadMsgAcceptedSide, value, "accepted_side"
    )


T = TypeVar("T", bound="BatchQuoteAcceptedPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class BatchQuoteAcceptedPayloadMsg:
    """The content of the message."""

    batch_quote_id: str
    """ The batch quote's identifier. """
    rfq_batch_id: str
    """ The batch of requests for quote. """
    quote_creator_id: str
    """ Who created the quote. """
    rfq_creator_id: str
    """ Who created the request for quote. """
    accepted_side: BatchQuoteAcceptedPayloadMsgAcceptedSide = _attrs_field(
        converter=_to_accepted_side
    )
    """ The side (yes or no) that was accepted. """
    accepted_ts: datetime.datetime
    """ When it was accepted. """
    quotes: list[BatchQuoteAcceptedPayloadMsgQuotesItem]
    """ The quotes in the batch. """
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_quote_id = self.batch_quote_id

        rfq_batch_id = self.rfq_batch_id

        quote_creator_id = self.quote_creator_id

        rfq_creator_id = self.rfq_creator_id

        accepted_side = _enum_value(
            BatchQuoteAcceptedPayloadMsgAcceptedSide,
            self.accepted_side,
            "accepted_side",
        )

        accepted_ts = self.accepted_ts.isoformat()

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
                "rfq_creator_id": rfq_creator_id,
                "accepted_side": accepted_side,
                "accepted_ts": accepted_ts,
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
        if cls is not BatchQuoteAcceptedPayloadMsg:
            return as_subclass(cls, BatchQuoteAcceptedPayloadMsg.from_dict(d))
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
        instance_.rfq_creator_id = (
            value_
            if (value_ := d["rfq_creator_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.accepted_side = (
            _BatchQuoteAcceptedPayloadMsgAcceptedSide_BY_VALUE[d["accepted_side"]]
            if d["accepted_side"] in _BatchQuoteAcceptedPayloadMsgAcceptedSide_BY_VALUE
            else BatchQuoteAcceptedPayloadMsgAcceptedSide(d["accepted_side"])
        )
        instance_.accepted_ts = _datetime_fromisoformat(d["accepted_ts"])
        quotes = d["quotes"]
        instance_.quotes = (
            []
            if quotes is None
            else [
                _batch_quote_accepted_payload_msg_quotes_item.BatchQuoteAcceptedPayloadMsgQuotesItem.from_dict(
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
