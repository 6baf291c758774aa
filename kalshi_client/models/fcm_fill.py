from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_side import OutcomeSide
from ..types import UNSET, Unset

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_OutcomeSide_BY_VALUE = cast("dict[Any, OutcomeSide]", OutcomeSide._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "fill_id",
    "exchange_index",
    "ticker",
    "taker_outcome_side",
    "count_fp",
    "yes_price_dollars",
    "created_time",
    "maker_order_id",
    "maker_subtrader_id",
    "maker_fee_cost",
    "taker_order_id",
    "taker_subtrader_id",
    "taker_fee_cost",
)
_KNOWN = frozenset(_JSON_NAMES)


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
        d = src_dict
        created_time = d.get("created_time", UNSET)
        if created_time is not UNSET:
            created_time = _datetime_fromisoformat(created_time)
        fcm_fill = cls(
            d["fill_id"],
            d["exchange_index"],
            d["ticker"],
            (
                _OutcomeSide_BY_VALUE.get(d["taker_outcome_side"])
                or OutcomeSide(d["taker_outcome_side"])
            ),
            d["count_fp"],
            d["yes_price_dollars"],
            created_time,
            d.get("maker_order_id", UNSET),
            d.get("maker_subtrader_id", UNSET),
            d.get("maker_fee_cost", UNSET),
            d.get("taker_order_id", UNSET),
            d.get("taker_subtrader_id", UNSET),
            d.get("taker_fee_cost", UNSET),
        )
        if not _KNOWN.issuperset(d):
            fcm_fill.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
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
