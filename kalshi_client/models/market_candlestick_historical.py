from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
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

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical


from . import bid_ask_distribution_historical as _bid_ask_distribution_historical
from . import price_distribution_historical as _price_distribution_historical

_JSON_NAMES: tuple[str, ...] = (
    "end_period_ts",
    "yes_bid",
    "yes_ask",
    "price",
    "volume",
    "open_interest",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="MarketCandlestickHistorical")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MarketCandlestickHistorical:
    end_period_ts: int
    """ Unix timestamp at which the period ends (inclusive). """
    yes_bid: BidAskDistributionHistorical
    """ Open, low, high and close of the best yes bid or ask over one candlestick period, in dollars. """
    yes_ask: BidAskDistributionHistorical
    """ Open, low, high and close of the best yes bid or ask over one candlestick period, in dollars. """
    price: PriceDistributionHistorical
    """ Yes trade prices over one candlestick period, in dollars; each is null when nothing traded. """
    volume: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    open_interest: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_period_ts = self.end_period_ts

        yes_bid = self.yes_bid.to_dict()

        yes_ask = self.yes_ask.to_dict()

        price = self.price.to_dict()

        volume = _money_text(self.volume)

        open_interest = _money_text(self.open_interest)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_period_ts": end_period_ts,
                "yes_bid": yes_bid,
                "yes_ask": yes_ask,
                "price": price,
                "volume": volume,
                "open_interest": open_interest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not MarketCandlestickHistorical:
            return as_subclass(cls, MarketCandlestickHistorical.from_dict(d))
        instance_ = _new(cls)
        instance_.end_period_ts = (
            value_
            if (value_ := d["end_period_ts"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.yes_bid = (
            _bid_ask_distribution_historical.BidAskDistributionHistorical.from_dict(
                d["yes_bid"]
            )
        )
        instance_.yes_ask = (
            _bid_ask_distribution_historical.BidAskDistributionHistorical.from_dict(
                d["yes_ask"]
            )
        )
        instance_.price = (
            _price_distribution_historical.PriceDistributionHistorical.from_dict(
                d["price"]
            )
        )
        volume = d["volume"]
        instance_.volume = (
            _decimals[volume] if volume in _decimals else _decimal(volume)
        )
        open_interest = d["open_interest"]
        instance_.open_interest = (
            _decimals[open_interest]
            if open_interest in _decimals
            else _decimal(open_interest)
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
