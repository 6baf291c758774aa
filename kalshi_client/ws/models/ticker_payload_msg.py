from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass

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


@_attrs_define
class TickerPayloadMsg:
    """The content of the message."""

    market_id: UUID
    """ The market's UUID. """
    market_ticker: str
    """ The market's ticker. """
    price_dollars: str
    """ The price level, in dollars. """
    yes_bid_dollars: str
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    yes_ask_dollars: str
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    volume_fp: str
    """ Contracts traded. """
    open_interest_fp: str
    """ Contracts outstanding. """
    dollar_volume: int
    """ Dollars traded (whole dollars). """
    dollar_open_interest: int
    """ Dollars outstanding (whole dollars). """
    yes_bid_size_fp: str
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    yes_ask_size_fp: str
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    last_trade_size_fp: str
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

        price_dollars = self.price_dollars

        yes_bid_dollars = self.yes_bid_dollars

        yes_ask_dollars = self.yes_ask_dollars

        volume_fp = self.volume_fp

        open_interest_fp = self.open_interest_fp

        dollar_volume = self.dollar_volume

        dollar_open_interest = self.dollar_open_interest

        yes_bid_size_fp = self.yes_bid_size_fp

        yes_ask_size_fp = self.yes_ask_size_fp

        last_trade_size_fp = self.last_trade_size_fp

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
        instance_.market_ticker = d["market_ticker"]
        instance_.price_dollars = d["price_dollars"]
        instance_.yes_bid_dollars = d["yes_bid_dollars"]
        instance_.yes_ask_dollars = d["yes_ask_dollars"]
        instance_.volume_fp = d["volume_fp"]
        instance_.open_interest_fp = d["open_interest_fp"]
        instance_.dollar_volume = d["dollar_volume"]
        instance_.dollar_open_interest = d["dollar_open_interest"]
        instance_.yes_bid_size_fp = d["yes_bid_size_fp"]
        instance_.yes_ask_size_fp = d["yes_ask_size_fp"]
        instance_.last_trade_size_fp = d["last_trade_size_fp"]
        instance_.ts_ms = d["ts_ms"]
        instance_.ts = d.get("ts", UNSET)
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
