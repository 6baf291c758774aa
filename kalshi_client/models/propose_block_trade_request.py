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

from ..models.propose_block_trade_request_maker_side import (
    ProposeBlockTradeRequestMakerSide,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_ProposeBlockTradeRequestMakerSide_BY_VALUE = cast(
    "dict[Any, ProposeBlockTradeRequestMakerSide]",
    ProposeBlockTradeRequestMakerSide._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "buyer_user_id",
    "seller_user_id",
    "market_ticker",
    "price_centi_cents",
    "centicount",
    "maker_side",
    "expiration_ts",
    "buyer_subtrader_id",
    "buyer_subaccount",
    "seller_subtrader_id",
    "seller_subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_maker_side(
    value: ProposeBlockTradeRequestMakerSide | Literal["yes", "no"],
) -> ProposeBlockTradeRequestMakerSide:
    return _enum_member(ProposeBlockTradeRequestMakerSide, value, "maker_side")


T = TypeVar("T", bound="ProposeBlockTradeRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ProposeBlockTradeRequest:
    buyer_user_id: str
    seller_user_id: str
    market_ticker: str
    price_centi_cents: int
    """ Price in centi-cents (hundredths of a cent). """
    centicount: int
    """ Size in hundredths of a contract. """
    maker_side: ProposeBlockTradeRequestMakerSide = _attrs_field(
        converter=_to_maker_side
    )
    expiration_ts: datetime.datetime
    buyer_subtrader_id: str | Unset = UNSET
    """ The buyer's subtrader; give this or buyer_subaccount, not both. """
    buyer_subaccount: int | Unset = UNSET
    """ The buyer's subaccount (0 is the primary account, 1-63 are numbered subaccounts); give this or
    buyer_subtrader_id, not both. """
    seller_subtrader_id: str | Unset = UNSET
    """ The seller's subtrader; give this or seller_subaccount, not both. """
    seller_subaccount: int | Unset = UNSET
    """ The seller's subaccount (0 is the primary account, 1-63 are numbered subaccounts); give this or
    seller_subtrader_id, not both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_user_id = self.buyer_user_id

        seller_user_id = self.seller_user_id

        market_ticker = self.market_ticker

        price_centi_cents = self.price_centi_cents

        centicount = self.centicount

        maker_side = _enum_value(
            ProposeBlockTradeRequestMakerSide, self.maker_side, "maker_side"
        )

        expiration_ts = self.expiration_ts.isoformat()

        buyer_subtrader_id = self.buyer_subtrader_id

        buyer_subaccount = self.buyer_subaccount

        seller_subtrader_id = self.seller_subtrader_id

        seller_subaccount = self.seller_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer_user_id": buyer_user_id,
                "seller_user_id": seller_user_id,
                "market_ticker": market_ticker,
                "price_centi_cents": price_centi_cents,
                "centicount": centicount,
                "maker_side": maker_side,
                "expiration_ts": expiration_ts,
            }
        )
        if buyer_subtrader_id is not UNSET:
            field_dict["buyer_subtrader_id"] = buyer_subtrader_id
        if buyer_subaccount is not UNSET:
            field_dict["buyer_subaccount"] = buyer_subaccount
        if seller_subtrader_id is not UNSET:
            field_dict["seller_subtrader_id"] = seller_subtrader_id
        if seller_subaccount is not UNSET:
            field_dict["seller_subaccount"] = seller_subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ProposeBlockTradeRequest:
            return as_subclass(cls, ProposeBlockTradeRequest.from_dict(d))
        instance_ = _new(cls)
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
            _ProposeBlockTradeRequestMakerSide_BY_VALUE[d["maker_side"]]
            if d["maker_side"] in _ProposeBlockTradeRequestMakerSide_BY_VALUE
            else ProposeBlockTradeRequestMakerSide(d["maker_side"])
        )
        instance_.expiration_ts = _datetime_fromisoformat(d["expiration_ts"])
        instance_.buyer_subtrader_id = (
            value_
            if (value_ := d.get("buyer_subtrader_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.buyer_subaccount = (
            value_
            if (value_ := d.get("buyer_subaccount", UNSET)).__class__ is int
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
        instance_.seller_subaccount = (
            value_
            if (value_ := d.get("seller_subaccount", UNSET)).__class__ is int
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
