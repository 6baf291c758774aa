from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    TypeVar,
)
from uuid import UUID

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
    "market_id",
    "market_ticker",
    "price_dollars",
    "yes_bid_dollars",
    "yes_ask_dollars",
    "volume_fp",
    "open_interest_fp",
    "dollar_volume",
    "dollar_open_interest",
    "yes_bid_size_fp",
    "yes_ask_size_fp",
    "last_trade_size_fp",
    "ts_ms",
    "ts",
    "time",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="TickerPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TickerPayloadMsg:
    """The content of the message."""

    market_id: UUID
    """ The market's UUID. """
    market_ticker: str
    """ The market's ticker. """
    price_dollars: Decimal = _attrs_field(converter=_money)
    """ The price level, in dollars. """
    yes_bid_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    yes_ask_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    volume_fp: Decimal = _attrs_field(converter=_money)
    """ Contracts traded. """
    open_interest_fp: Decimal = _attrs_field(converter=_money)
    """ Contracts outstanding. """
    dollar_volume: int
    """ Dollars traded (whole dollars). """
    dollar_open_interest: int
    """ Dollars outstanding (whole dollars). """
    yes_bid_size_fp: Decimal = _attrs_field(converter=_money)
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    yes_ask_size_fp: Decimal = _attrs_field(converter=_money)
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    last_trade_size_fp: Decimal = _attrs_field(converter=_money)
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    ts_ms: int
    """ When it happened (Unix time, milliseconds). """
    ts: int | Unset = UNSET
    """ When it happened (Unix time, seconds). Deprecated by Kalshi: kept for old clients; prefer the field named in
    its place. """
    time: datetime.datetime | Unset = UNSET
    """ When it happened (date and time). Deprecated by Kalshi: kept for old clients; prefer the field named in its
    place. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = str(self.market_id)

        market_ticker = self.market_ticker

        price_dollars = _money_text(self.price_dollars)

        yes_bid_dollars = _money_text(self.yes_bid_dollars)

        yes_ask_dollars = _money_text(self.yes_ask_dollars)

        volume_fp = _money_text(self.volume_fp)

        open_interest_fp = _money_text(self.open_interest_fp)

        dollar_volume = self.dollar_volume

        dollar_open_interest = self.dollar_open_interest

        yes_bid_size_fp = _money_text(self.yes_bid_size_fp)

        yes_ask_size_fp = _money_text(self.yes_ask_size_fp)

        last_trade_size_fp = _money_text(self.last_trade_size_fp)

        ts_ms = self.ts_ms

        ts = self.ts

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_id": market_id,
                "market_ticker": market_ticker,
                "price_dollars": price_dollars,
                "yes_bid_dollars": yes_bid_dollars,
                "yes_ask_dollars": yes_ask_dollars,
                "volume_fp": volume_fp,
                "open_interest_fp": open_interest_fp,
                "dollar_volume": dollar_volume,
                "dollar_open_interest": dollar_open_interest,
                "yes_bid_size_fp": yes_bid_size_fp,
                "yes_ask_size_fp": yes_ask_size_fp,
                "last_trade_size_fp": last_trade_size_fp,
                "ts_ms": ts_ms,
            }
        )
        if ts is not UNSET:
            field_dict["ts"] = ts
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not TickerPayloadMsg:
            return as_subclass(cls, TickerPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.market_id = UUID(d["market_id"])
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        price_dollars = d["price_dollars"]
        instance_.price_dollars = (
            _decimals[price_dollars]
            if price_dollars in _decimals
            else _decimal(price_dollars)
        )
        yes_bid_dollars = d["yes_bid_dollars"]
        instance_.yes_bid_dollars = (
            _decimals[yes_bid_dollars]
            if yes_bid_dollars in _decimals
            else _decimal(yes_bid_dollars)
        )
        yes_ask_dollars = d["yes_ask_dollars"]
        instance_.yes_ask_dollars = (
            _decimals[yes_ask_dollars]
            if yes_ask_dollars in _decimals
            else _decimal(yes_ask_dollars)
        )
        volume_fp = d["volume_fp"]
        instance_.volume_fp = (
            _decimals[volume_fp] if volume_fp in _decimals else _decimal(volume_fp)
        )
        open_interest_fp = d["open_interest_fp"]
        instance_.open_interest_fp = (
            _decimals[open_interest_fp]
            if open_interest_fp in _decimals
            else _decimal(open_interest_fp)
        )
        instance_.dollar_volume = (
            value_
            if (value_ := d["dollar_volume"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.dollar_open_interest = (
            value_
            if (value_ := d["dollar_open_interest"]).__class__ is int
            else _wrong_type(value_)
        )
        yes_bid_size_fp = d["yes_bid_size_fp"]
        instance_.yes_bid_size_fp = (
            _decimals[yes_bid_size_fp]
            if yes_bid_size_fp in _decimals
            else _decimal(yes_bid_size_fp)
        )
        yes_ask_size_fp = d["yes_ask_size_fp"]
        instance_.yes_ask_size_fp = (
            _decimals[yes_ask_size_fp]
            if yes_ask_size_fp in _decimals
            else _decimal(yes_ask_size_fp)
        )
        last_trade_size_fp = d["last_trade_size_fp"]
        instance_.last_trade_size_fp = (
            _decimals[last_trade_size_fp]
            if last_trade_size_fp in _decimals
            else _decimal(last_trade_size_fp)
        )
        instance_.ts_ms = (
            value_ if (value_ := d["ts_ms"]).__class__ is int else _wrong_type(value_)
        )
        instance_.ts = (
            value_
            if (value_ := d.get("ts", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        time = d.get("time", UNSET)
        instance_.time = time if time is UNSET else _datetime_fromisoformat(time)
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
