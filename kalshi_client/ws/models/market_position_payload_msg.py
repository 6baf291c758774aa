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
    "user_id",
    "market_ticker",
    "position_fp",
    "position_cost_dollars",
    "realized_pnl_dollars",
    "fees_paid_dollars",
    "position_fee_cost_dollars",
    "volume_fp",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="MarketPositionPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MarketPositionPayloadMsg:
    """The content of the message."""

    user_id: str
    """ The user's identifier. """
    market_ticker: str
    """ The market's ticker. """
    position_fp: Decimal = _attrs_field(converter=_money)
    """ The position, in contracts (negative for no). """
    position_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    realized_pnl_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    fees_paid_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    position_fee_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    volume_fp: Decimal = _attrs_field(converter=_money)
    """ Contracts traded. """
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        market_ticker = self.market_ticker

        position_fp = _money_text(self.position_fp)

        position_cost_dollars = _money_text(self.position_cost_dollars)

        realized_pnl_dollars = _money_text(self.realized_pnl_dollars)

        fees_paid_dollars = _money_text(self.fees_paid_dollars)

        position_fee_cost_dollars = _money_text(self.position_fee_cost_dollars)

        volume_fp = _money_text(self.volume_fp)

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "market_ticker": market_ticker,
                "position_fp": position_fp,
                "position_cost_dollars": position_cost_dollars,
                "realized_pnl_dollars": realized_pnl_dollars,
                "fees_paid_dollars": fees_paid_dollars,
                "position_fee_cost_dollars": position_fee_cost_dollars,
                "volume_fp": volume_fp,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not MarketPositionPayloadMsg:
            return as_subclass(cls, MarketPositionPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.user_id = (
            value_ if (value_ := d["user_id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        position_fp = d["position_fp"]
        instance_.position_fp = (
            _decimals[position_fp]
            if position_fp in _decimals
            else _decimal(position_fp)
        )
        position_cost_dollars = d["position_cost_dollars"]
        instance_.position_cost_dollars = (
            _decimals[position_cost_dollars]
            if position_cost_dollars in _decimals
            else _decimal(position_cost_dollars)
        )
        realized_pnl_dollars = d["realized_pnl_dollars"]
        instance_.realized_pnl_dollars = (
            _decimals[realized_pnl_dollars]
            if realized_pnl_dollars in _decimals
            else _decimal(realized_pnl_dollars)
        )
        fees_paid_dollars = d["fees_paid_dollars"]
        instance_.fees_paid_dollars = (
            _decimals[fees_paid_dollars]
            if fees_paid_dollars in _decimals
            else _decimal(fees_paid_dollars)
        )
        position_fee_cost_dollars = d["position_fee_cost_dollars"]
        instance_.position_fee_cost_dollars = (
            _decimals[position_fee_cost_dollars]
            if position_fee_cost_dollars in _decimals
            else _decimal(position_fee_cost_dollars)
        )
        volume_fp = d["volume_fp"]
        instance_.volume_fp = (
            _decimals[volume_fp] if volume_fp in _decimals else _decimal(volume_fp)
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
