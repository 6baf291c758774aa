from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


from . import market_candlestick as _market_candlestick

_JSON_NAMES: tuple[str, ...] = (
    "market_tickers",
    "market_candlesticks",
    "adjusted_end_ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetEventCandlesticksResponse")


@_attrs_define
class GetEventCandlesticksResponse:
    market_tickers: list[str]
    market_candlesticks: list[list[MarketCandlestick]]
    """ One list of candlesticks per market, in the order of market_tickers. """
    adjusted_end_ts: int
    """ End of the range actually used, when the request asked for more candlesticks than allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_tickers = self.market_tickers

        market_candlesticks = []
        for market_candlesticks_item_data in self.market_candlesticks:
            market_candlesticks_item = []
            for market_candlesticks_item_item_data in market_candlesticks_item_data:
                market_candlesticks_item_item = (
                    market_candlesticks_item_item_data.to_dict()
                )
                market_candlesticks_item.append(market_candlesticks_item_item)

            market_candlesticks.append(market_candlesticks_item)

        adjusted_end_ts = self.adjusted_end_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_tickers": market_tickers,
                "market_candlesticks": market_candlesticks,
                "adjusted_end_ts": adjusted_end_ts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetEventCandlesticksResponse:
            return as_subclass(cls, GetEventCandlesticksResponse.from_dict(d))
        instance_ = _new(cls)
        market_tickers = d["market_tickers"]
        instance_.market_tickers = (
            []
            if market_tickers is None
            else market_tickers
            if market_tickers.__class__ is list
            else _wrong_type(market_tickers)
        )
        market_candlesticks = d["market_candlesticks"]
        instance_.market_candlesticks = (
            []
            if market_candlesticks is None
            else [
                [_market_candlestick.MarketCandlestick.from_dict(item) for item in item]
                for item in market_candlesticks
            ]
            if market_candlesticks.__class__ is list
            else _wrong_type(market_candlesticks)
        )
        instance_.adjusted_end_ts = (
            value_
            if (value_ := d["adjusted_end_ts"]).__class__ is int
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
