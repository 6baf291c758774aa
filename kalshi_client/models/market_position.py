from __future__ import annotations

import datetime
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

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "total_traded_dollars",
    "position_fp",
    "market_exposure_dollars",
    "realized_pnl_dollars",
    "fees_paid_dollars",
    "last_updated_ts",
    "exchange_index",
    "resting_orders_count",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="MarketPosition")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MarketPosition:
    """
    Example:
        {'ticker': 'KXHIGHNY-26NOV30-T50', 'exchange_index': 0, 'total_traded_dollars': '2.2000', 'position_fp': '4.00',
            'market_exposure_dollars': '2.2000', 'realized_pnl_dollars': '0.0000', 'fees_paid_dollars': '0.0700',
            'last_updated_ts': '2026-11-30T14:02:37.513904Z', 'resting_orders_count': 1}

    """

    ticker: str
    total_traded_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    position_fp: Decimal = _attrs_field(converter=_money)
    """ Net contracts held: positive for yes, negative for no. """
    market_exposure_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    realized_pnl_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    fees_paid_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    last_updated_ts: datetime.datetime
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    resting_orders_count: int | Unset = UNSET
    """ How many of the caller's orders rest in this market. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        total_traded_dollars = _money_text(self.total_traded_dollars)

        position_fp = _money_text(self.position_fp)

        market_exposure_dollars = _money_text(self.market_exposure_dollars)

        realized_pnl_dollars = _money_text(self.realized_pnl_dollars)

        fees_paid_dollars = _money_text(self.fees_paid_dollars)

        last_updated_ts = self.last_updated_ts.isoformat()

        exchange_index = self.exchange_index

        resting_orders_count = self.resting_orders_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "total_traded_dollars": total_traded_dollars,
                "position_fp": position_fp,
                "market_exposure_dollars": market_exposure_dollars,
                "realized_pnl_dollars": realized_pnl_dollars,
                "fees_paid_dollars": fees_paid_dollars,
                "last_updated_ts": last_updated_ts,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if resting_orders_count is not UNSET:
            field_dict["resting_orders_count"] = resting_orders_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not MarketPosition:
            return as_subclass(cls, MarketPosition.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        total_traded_dollars = d["total_traded_dollars"]
        instance_.total_traded_dollars = (
            _decimals[total_traded_dollars]
            if total_traded_dollars in _decimals
            else _decimal(total_traded_dollars)
        )
        position_fp = d["position_fp"]
        instance_.position_fp = (
            _decimals[position_fp]
            if position_fp in _decimals
            else _decimal(position_fp)
        )
        market_exposure_dollars = d["market_exposure_dollars"]
        instance_.market_exposure_dollars = (
            _decimals[market_exposure_dollars]
            if market_exposure_dollars in _decimals
            else _decimal(market_exposure_dollars)
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
        instance_.last_updated_ts = _datetime_fromisoformat(d["last_updated_ts"])
        instance_.exchange_index = (
            value_
            if (value_ := d.get("exchange_index", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.resting_orders_count = (
            value_
            if (value_ := d.get("resting_orders_count", UNSET)).__class__ is int
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
