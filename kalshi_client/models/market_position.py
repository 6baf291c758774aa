from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketPosition")


@_attrs_define
class MarketPosition:
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
        d = dict(src_dict)
        ticker = d.pop("ticker")

        total_traded_dollars = d.pop("total_traded_dollars")

        position_fp = d.pop("position_fp")

        market_exposure_dollars = d.pop("market_exposure_dollars")

        realized_pnl_dollars = d.pop("realized_pnl_dollars")

        fees_paid_dollars = d.pop("fees_paid_dollars")

        last_updated_ts = datetime.datetime.fromisoformat(d.pop("last_updated_ts"))

        exchange_index = d.pop("exchange_index", UNSET)

        resting_orders_count = d.pop("resting_orders_count", UNSET)

        market_position = cls(
            ticker=ticker,
            total_traded_dollars=total_traded_dollars,
            position_fp=position_fp,
            market_exposure_dollars=market_exposure_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
            last_updated_ts=last_updated_ts,
            exchange_index=exchange_index,
            resting_orders_count=resting_orders_count,
        )

        market_position.additional_properties = d
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
