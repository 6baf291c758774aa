from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="MarketPosition")


@_attrs_define
class MarketPosition:
    """
    Example:
        {'ticker': 'KXHIGHNY-26NOV30-T50', 'exchange_index': 0, 'total_traded_dollars': '2.2000', 'position_fp': '4.00',
            'market_exposure_dollars': '2.2000', 'realized_pnl_dollars': '0.0000', 'fees_paid_dollars': '0.0700',
            'last_updated_ts': '2026-11-30T14:02:37.513904Z', 'resting_orders_count': 1}

    """

    ticker: str
    total_traded_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    position_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    market_exposure_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    realized_pnl_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    fees_paid_dollars: str
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

        total_traded_dollars = self.total_traded_dollars

        position_fp = self.position_fp

        market_exposure_dollars = self.market_exposure_dollars

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid_dollars = self.fees_paid_dollars

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
        market_position = cls(
            d["ticker"],
            d["total_traded_dollars"],
            d["position_fp"],
            d["market_exposure_dollars"],
            d["realized_pnl_dollars"],
            d["fees_paid_dollars"],
            _datetime_fromisoformat(d["last_updated_ts"]),
            d.get("exchange_index", UNSET),
            d.get("resting_orders_count", UNSET),
        )
        if not _KNOWN.issuperset(d):
            market_position.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return market_position

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
