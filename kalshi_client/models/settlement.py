from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_market_result import SettlementMarketResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="Settlement")


@_attrs_define
class Settlement:
    ticker: str
    event_ticker: str
    market_result: SettlementMarketResult
    """ How the market settled: yes, no, or scalar (at a value in between). """
    yes_count_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_total_cost_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_count_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    no_total_cost_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    revenue: int
    """ What the settlement paid out, in cents (a winning contract pays 100). """
    settled_time: datetime.datetime
    fee_cost: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    value: int | None | Unset = UNSET
    """ Payout of one yes contract, in cents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        event_ticker = self.event_ticker

        market_result = SettlementMarketResult(self.market_result).value

        yes_count_fp = self.yes_count_fp

        yes_total_cost_dollars = self.yes_total_cost_dollars

        no_count_fp = self.no_count_fp

        no_total_cost_dollars = self.no_total_cost_dollars

        revenue = self.revenue

        settled_time = self.settled_time.isoformat()

        fee_cost = self.fee_cost

        exchange_index = self.exchange_index

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "event_ticker": event_ticker,
                "market_result": market_result,
                "yes_count_fp": yes_count_fp,
                "yes_total_cost_dollars": yes_total_cost_dollars,
                "no_count_fp": no_count_fp,
                "no_total_cost_dollars": no_total_cost_dollars,
                "revenue": revenue,
                "settled_time": settled_time,
                "fee_cost": fee_cost,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        event_ticker = d.pop("event_ticker")

        market_result = SettlementMarketResult(d.pop("market_result"))

        yes_count_fp = d.pop("yes_count_fp")

        yes_total_cost_dollars = d.pop("yes_total_cost_dollars")

        no_count_fp = d.pop("no_count_fp")

        no_total_cost_dollars = d.pop("no_total_cost_dollars")

        revenue = d.pop("revenue")

        settled_time = datetime.datetime.fromisoformat(d.pop("settled_time"))

        fee_cost = d.pop("fee_cost")

        exchange_index = d.pop("exchange_index", UNSET)

        def _parse_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        settlement = cls(
            ticker=ticker,
            event_ticker=event_ticker,
            market_result=market_result,
            yes_count_fp=yes_count_fp,
            yes_total_cost_dollars=yes_total_cost_dollars,
            no_count_fp=no_count_fp,
            no_total_cost_dollars=no_total_cost_dollars,
            revenue=revenue,
            settled_time=settled_time,
            fee_cost=fee_cost,
            exchange_index=exchange_index,
            value=value,
        )

        settlement.additional_properties = d
        return settlement

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
