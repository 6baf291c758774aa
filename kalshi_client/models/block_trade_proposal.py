from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.block_trade_proposal_maker_side import BlockTradeProposalMakerSide
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_BlockTradeProposalMakerSide_BY_VALUE = cast(
    "dict[Any, BlockTradeProposalMakerSide]",
    BlockTradeProposalMakerSide._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "proposer_user_id",
    "buyer_user_id",
    "seller_user_id",
    "market_ticker",
    "price_centi_cents",
    "centicount",
    "maker_side",
    "expiration_ts",
    "status",
    "created_ts",
    "updated_ts",
    "buyer_accepted",
    "seller_accepted",
    "buyer_subtrader_id",
    "seller_subtrader_id",
    "buyer_accepted_ts",
    "seller_accepted_ts",
    "executed_ts",
    "buyer_order_id",
    "seller_order_id",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_maker_side(
    value: BlockTradeProposalMakerSide | Literal["yes", "no"],
) -> BlockTradeProposalMakerSide:
    return _enum_member(BlockTradeProposalMakerSide, value, "maker_side")


T = TypeVar("T", bound="BlockTradeProposal")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class BlockTradeProposal:
    id: str
    proposer_user_id: str
    buyer_user_id: str
    """ The buyer; empty unless the caller is the buyer. """
    seller_user_id: str
    """ The seller; empty unless the caller is the seller. """
    market_ticker: str
    price_centi_cents: int
    """ Price in centi-cents (hundredths of a cent). """
    centicount: int
    """ Size in hundredths of a contract. """
    maker_side: BlockTradeProposalMakerSide = _attrs_field(converter=_to_maker_side)
    expiration_ts: datetime.datetime
    status: str
    created_ts: datetime.datetime
    updated_ts: datetime.datetime
    buyer_accepted: bool
    seller_accepted: bool
    buyer_subtrader_id: str | Unset = UNSET
    """ The buyer's subtrader; empty unless the caller is the buyer. """
    seller_subtrader_id: str | Unset = UNSET
    """ The seller's subtrader; empty unless the caller is the seller. """
    buyer_accepted_ts: datetime.datetime | Unset = UNSET
    seller_accepted_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    buyer_order_id: str | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        proposer_user_id = self.proposer_user_id

        buyer_user_id = self.buyer_user_id

        seller_user_id = self.seller_user_id

        market_ticker = self.market_ticker

        price_centi_cents = self.price_centi_cents

        centicount = self.centicount

        maker_side = _enum_value(
            BlockTradeProposalMakerSide, self.maker_side, "maker_side"
        )

        expiration_ts = self.expiration_ts.isoformat()

        status = self.status

        created_ts = self.created_ts.isoformat()

        updated_ts = self.updated_ts.isoformat()

        buyer_accepted = self.buyer_accepted

        seller_accepted = self.seller_accepted

        buyer_subtrader_id = self.buyer_subtrader_id

        seller_subtrader_id = self.seller_subtrader_id

        buyer_accepted_ts: str | Unset = UNSET
        if not isinstance(self.buyer_accepted_ts, Unset):
            buyer_accepted_ts = self.buyer_accepted_ts.isoformat()

        seller_accepted_ts: str | Unset = UNSET
        if not isinstance(self.seller_accepted_ts, Unset):
            seller_accepted_ts = self.seller_accepted_ts.isoformat()

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        buyer_order_id = self.buyer_order_id

        seller_order_id = self.seller_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "proposer_user_id": proposer_user_id,
                "buyer_user_id": buyer_user_id,
                "seller_user_id": seller_user_id,
                "market_ticker": market_ticker,
                "price_centi_cents": price_centi_cents,
                "centicount": centicount,
                "maker_side": maker_side,
                "expiration_ts": expiration_ts,
                "status": status,
                "created_ts": created_ts,
                "updated_ts": updated_ts,
                "buyer_accepted": buyer_accepted,
                "seller_accepted": seller_accepted,
            }
        )
        if buyer_subtrader_id is not UNSET:
            field_dict["buyer_subtrader_id"] = buyer_subtrader_id
        if seller_subtrader_id is not UNSET:
            field_dict["seller_subtrader_id"] = seller_subtrader_id
        if buyer_accepted_ts is not UNSET:
            field_dict["buyer_accepted_ts"] = buyer_accepted_ts
        if seller_accepted_ts is not UNSET:
            field_dict["seller_accepted_ts"] = seller_accepted_ts
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if buyer_order_id is not UNSET:
            field_dict["buyer_order_id"] = buyer_order_id
        if seller_order_id is not UNSET:
            field_dict["seller_order_id"] = seller_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not BlockTradeProposal:
            return as_subclass(cls, BlockTradeProposal.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.proposer_user_id = (
            value_
            if (value_ := d["proposer_user_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.buyer_user_id = (
            value_
            if (value_ := d["buyer_user_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.seller_user_id = (
            value_
            if (value_ := d["seller_user_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.price_centi_cents = (
            value_
            if (value_ := d["price_centi_cents"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.centicount = (
            value_
            if (value_ := d["centicount"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.maker_side = (
            _BlockTradeProposalMakerSide_BY_VALUE[d["maker_side"]]
            if d["maker_side"] in _BlockTradeProposalMakerSide_BY_VALUE
            else BlockTradeProposalMakerSide(d["maker_side"])
        )
        instance_.expiration_ts = _datetime_fromisoformat(d["expiration_ts"])
        instance_.status = (
            value_ if (value_ := d["status"]).__class__ is str else _wrong_type(value_)
        )
        instance_.created_ts = _datetime_fromisoformat(d["created_ts"])
        instance_.updated_ts = _datetime_fromisoformat(d["updated_ts"])
        instance_.buyer_accepted = (
            value_
            if (value_ := d["buyer_accepted"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.seller_accepted = (
            value_
            if (value_ := d["seller_accepted"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.buyer_subtrader_id = (
            value_
            if (value_ := d.get("buyer_subtrader_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.seller_subtrader_id = (
            value_
            if (value_ := d.get("seller_subtrader_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        buyer_accepted_ts = d.get("buyer_accepted_ts", UNSET)
        instance_.buyer_accepted_ts = (
            buyer_accepted_ts
            if buyer_accepted_ts is UNSET
            else _datetime_fromisoformat(buyer_accepted_ts)
        )
        seller_accepted_ts = d.get("seller_accepted_ts", UNSET)
        instance_.seller_accepted_ts = (
            seller_accepted_ts
            if seller_accepted_ts is UNSET
            else _datetime_fromisoformat(seller_accepted_ts)
        )
        executed_ts = d.get("executed_ts", UNSET)
        instance_.executed_ts = (
            executed_ts
            if executed_ts is UNSET
            else _datetime_fromisoformat(executed_ts)
        )
        instance_.buyer_order_id = (
            value_
            if (value_ := d.get("buyer_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.seller_order_id = (
            value_
            if (value_ := d.get("seller_order_id", UNSET)).__class__ is str
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
