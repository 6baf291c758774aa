from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "rfq_id",
    "yes_bid",
    "no_bid",
    "rest_remainder",
    "post_only",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CreateQuoteRequest:
    rfq_id: str
    """ Id (a UUID) of the RFQ to answer, passed exactly as returned. """
    yes_bid: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_bid: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    rest_remainder: bool
    """ Whether what is left after execution should rest on the book. """
    post_only: bool | Unset = UNSET
    """ When true, your order is cancelled instead of taking liquidity; false when left out. """
    subaccount: int | Unset = UNSET
    """ Subaccount to quote from (0 is the primary account, 1-63 are numbered subaccounts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_id = self.rfq_id

        yes_bid = _money_text(self.yes_bid)

        no_bid = _money_text(self.no_bid)

        rest_remainder = self.rest_remainder

        post_only = self.post_only

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_id": rfq_id,
                "yes_bid": yes_bid,
                "no_bid": no_bid,
                "rest_remainder": rest_remainder,
            }
        )
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CreateQuoteRequest:
            return as_subclass(cls, CreateQuoteRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.rfq_id = (
            value_ if (value_ := d["rfq_id"]).__class__ is str else _wrong_type(value_)
        )
        yes_bid = d["yes_bid"]
        instance_.yes_bid = (
            _decimals[yes_bid] if yes_bid in _decimals else _decimal(yes_bid)
        )
        no_bid = d["no_bid"]
        instance_.no_bid = (
            _decimals[no_bid] if no_bid in _decimals else _decimal(no_bid)
        )
        instance_.rest_remainder = (
            value_
            if (value_ := d["rest_remainder"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.post_only = (
            value_
            if (value_ := d.get("post_only", UNSET)) is True
            or value_ is False
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
