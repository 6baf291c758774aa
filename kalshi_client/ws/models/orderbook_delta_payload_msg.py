from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.market_side import MarketSide
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_MarketSide_BY_VALUE = cast("dict[Any, MarketSide]", MarketSide._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "market_ticker",
    "market_id",
    "clock",
    "price_dollars",
    "delta_fp",
    "side",
    "client_order_id",
    "ts",
    "ts_ms",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_side(value: MarketSide | Literal["yes", "no"]) -> MarketSide:
    return _enum_member(MarketSide, value, "side")


T = TypeVar("T", bound="OrderbookDeltaPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class OrderbookDeltaPayloadMsg:
    """The content of the message."""

    market_ticker: str
    """ The market's ticker. """
    market_id: UUID
    """ The market's UUID. """
    clock: int
    """ The exchange's clock for this market; equal on every connection, it only grows (with gaps) while subscribed,
    except across exchange maintenance. Not comparable between markets. """
    price_dollars: Decimal = _attrs_field(converter=_money)
    """ The price level, in dollars. """
    delta_fp: Decimal = _attrs_field(converter=_money)
    """ How much the resting size at this price level changed, in contracts (negative when it shrank). """
    side: MarketSide = _attrs_field(converter=_to_side)
    """ Which side of the market (yes or no). """
    client_order_id: str | Unset = UNSET
    """ The identifier the order's owner gave it. """
    ts: datetime.datetime | Unset = UNSET
    """ When it happened (Unix time, seconds). Deprecated by Kalshi: kept for old clients; prefer the field named in
    its place. """
    ts_ms: int | Unset = UNSET
    """ When it happened (Unix time, milliseconds). """
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        market_id = str(self.market_id)

        clock = self.clock

        price_dollars = _money_text(self.price_dollars)

        delta_fp = _money_text(self.delta_fp)

        side = _enum_value(MarketSide, self.side, "side")

        client_order_id = self.client_order_id

        ts: str | Unset = UNSET
        if not isinstance(self.ts, Unset):
            ts = self.ts.isoformat()

        ts_ms = self.ts_ms

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "market_id": market_id,
                "clock": clock,
                "price_dollars": price_dollars,
                "delta_fp": delta_fp,
                "side": side,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not OrderbookDeltaPayloadMsg:
            return as_subclass(cls, OrderbookDeltaPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_id = UUID(d["market_id"])
        instance_.clock = (
            value_ if (value_ := d["clock"]).__class__ is int else _wrong_type(value_)
        )
        price_dollars = d["price_dollars"]
        instance_.price_dollars = (
            _decimals[price_dollars]
            if price_dollars in _decimals
            else _decimal(price_dollars)
        )
        delta_fp = d["delta_fp"]
        instance_.delta_fp = (
            _decimals[delta_fp] if delta_fp in _decimals else _decimal(delta_fp)
        )
        instance_.side = (
            _MarketSide_BY_VALUE[d["side"]]
            if d["side"] in _MarketSide_BY_VALUE
            else MarketSide(d["side"])
        )
        instance_.client_order_id = (
            value_
            if (value_ := d.get("client_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        ts = d.get("ts", UNSET)
        instance_.ts = ts if ts is UNSET else _datetime_fromisoformat(ts)
        instance_.ts_ms = (
            value_
            if (value_ := d.get("ts_ms", UNSET)).__class__ is int or value_ is UNSET
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
