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
    "quote_id",
    "rfq_id",
    "quote_creator_id",
    "rfq_creator_id",
    "order_id",
    "client_order_id",
    "market_ticker",
    "executed_ts",
    "subaccount",
    "rfq_batch_id",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="QuoteExecutedPayloadMsg")


@_attrs_define
class QuoteExecutedPayloadMsg:
    """The content of the message."""

    quote_id: str
    """ The quote's identifier. """
    rfq_id: str
    """ The request for quote's identifier. """
    quote_creator_id: str
    """ Who created the quote. """
    rfq_creator_id: str
    """ Who created the request for quote. """
    order_id: str
    """ The order's identifier. """
    client_order_id: str
    """ The identifier the order's owner gave it. """
    market_ticker: str
    """ The market's ticker. """
    executed_ts: datetime.datetime
    """ When it was executed. """
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    rfq_batch_id: str | Unset = UNSET
    """ The batch of requests for quote. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        rfq_id = self.rfq_id

        quote_creator_id = self.quote_creator_id

        rfq_creator_id = self.rfq_creator_id

        order_id = self.order_id

        client_order_id = self.client_order_id

        market_ticker = self.market_ticker

        executed_ts = self.executed_ts.isoformat()

        subaccount = self.subaccount

        rfq_batch_id = self.rfq_batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quote_id": quote_id,
                "rfq_id": rfq_id,
                "quote_creator_id": quote_creator_id,
                "rfq_creator_id": rfq_creator_id,
                "order_id": order_id,
                "client_order_id": client_order_id,
                "market_ticker": market_ticker,
                "executed_ts": executed_ts,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if rfq_batch_id is not UNSET:
            field_dict["rfq_batch_id"] = rfq_batch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not QuoteExecutedPayloadMsg:
            return as_subclass(cls, QuoteExecutedPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.quote_id = (
            value_
            if (value_ := d["quote_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rfq_id = (
            value_ if (value_ := d["rfq_id"]).__class__ is str else _wrong_type(value_)
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
        instance_.order_id = (
            value_
            if (value_ := d["order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.client_order_id = (
            value_
            if (value_ := d["client_order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.executed_ts = _datetime_fromisoformat(d["executed_ts"])
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.rfq_batch_id = (
            value_
            if (value_ := d.get("rfq_batch_id", UNSET)).__class__ is str
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
