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
    from ..models.market_candlestick_historical import MarketCandlestickHistorical


from . import market_candlestick_historical as _market_candlestick_historical

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "candlesticks",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetMarketCandlesticksHistoricalResponse")


@_attrs_define
class GetMarketCandlesticksHistoricalResponse:
    ticker: str
    candlesticks: list[MarketCandlestickHistorical]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        candlesticks = []
        for candlesticks_item_data in self.candlesticks:
            candlesticks_item = candlesticks_item_data.to_dict()
            candlesticks.append(candlesticks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "candlesticks": candlesticks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetMarketCandlesticksHistoricalResponse:
            return as_subclass(
                cls, GetMarketCandlesticksHistoricalResponse.from_dict(d)
            )
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        candlesticks = d["candlesticks"]
        instance_.candlesticks = (
            []
            if candlesticks is None
            else [
                _market_candlestick_historical.MarketCandlestickHistorical.from_dict(
                    item
                )
                for item in candlesticks
            ]
            if candlesticks.__class__ is list
            else _wrong_type(candlesticks)
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
