from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_side import OutcomeSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="FcmFill")


@_attrs_define
class FcmFill:
    fill_id: str
    exchange_index: int
    """ Number of an exchange shard. """
    ticker: str
    taker_outcome_side: OutcomeSide
    """ The outcome a position or fill is on: yes or no. """
    count_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_price_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    created_time: datetime.datetime | Unset = UNSET
    maker_order_id: str | Unset = UNSET
    """ Set when the maker order belongs to the FCM. """
    maker_subtrader_id: str | Unset = UNSET
    """ Set when the maker order belongs to the FCM. """
    maker_fee_cost: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    taker_order_id: str | Unset = UNSET
    """ Set when the taker order belongs to the FCM. """
    taker_subtrader_id: str | Unset = UNSET
    """ Set when the taker order belongs to the FCM. """
    taker_fee_cost: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_id = self.fill_id

        exchange_index = self.exchange_index

        ticker = self.ticker

        taker_outcome_side = OutcomeSide(self.taker_outcome_side).value

        count_fp = self.count_fp

        yes_price_dollars = self.yes_price_dollars

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        maker_order_id = self.maker_order_id

        maker_subtrader_id = self.maker_subtrader_id

        maker_fee_cost = self.maker_fee_cost

        taker_order_id = self.taker_order_id

        taker_subtrader_id = self.taker_subtrader_id

        taker_fee_cost = self.taker_fee_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fill_id": fill_id,
                "exchange_index": exchange_index,
                "ticker": ticker,
                "taker_outcome_side": taker_outcome_side,
                "count_fp": count_fp,
                "yes_price_dollars": yes_price_dollars,
            }
        )
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if maker_order_id is not UNSET:
            field_dict["maker_order_id"] = maker_order_id
        if maker_subtrader_id is not UNSET:
            field_dict["maker_subtrader_id"] = maker_subtrader_id
        if maker_fee_cost is not UNSET:
            field_dict["maker_fee_cost"] = maker_fee_cost
        if taker_order_id is not UNSET:
            field_dict["taker_order_id"] = taker_order_id
        if taker_subtrader_id is not UNSET:
            field_dict["taker_subtrader_id"] = taker_subtrader_id
        if taker_fee_cost is not UNSET:
            field_dict["taker_fee_cost"] = taker_fee_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fill_id = d.pop("fill_id")

        exchange_index = d.pop("exchange_index")

        ticker = d.pop("ticker")

        taker_outcome_side = OutcomeSide(d.pop("taker_outcome_side"))

        count_fp = d.pop("count_fp")

        yes_price_dollars = d.pop("yes_price_dollars")

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        maker_order_id = d.pop("maker_order_id", UNSET)

        maker_subtrader_id = d.pop("maker_subtrader_id", UNSET)

        maker_fee_cost = d.pop("maker_fee_cost", UNSET)

        taker_order_id = d.pop("taker_order_id", UNSET)

        taker_subtrader_id = d.pop("taker_subtrader_id", UNSET)

        taker_fee_cost = d.pop("taker_fee_cost", UNSET)

        fcm_fill = cls(
            fill_id=fill_id,
            exchange_index=exchange_index,
            ticker=ticker,
            taker_outcome_side=taker_outcome_side,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            created_time=created_time,
            maker_order_id=maker_order_id,
            maker_subtrader_id=maker_subtrader_id,
            maker_fee_cost=maker_fee_cost,
            taker_order_id=taker_order_id,
            taker_subtrader_id=taker_subtrader_id,
            taker_fee_cost=taker_fee_cost,
        )

        fcm_fill.additional_properties = d
        return fcm_fill

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
