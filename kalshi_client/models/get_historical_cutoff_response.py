from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "market_settled_ts",
    "trades_created_ts",
    "orders_updated_ts",
    "market_positions_last_updated_ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetHistoricalCutoffResponse")


@_attrs_define
class GetHistoricalCutoffResponse:
    market_settled_ts: datetime.datetime
    """ Markets settled before this time, and their candlesticks, are only served by the historical market
    endpoints. """
    trades_created_ts: datetime.datetime
    """ Trades and fills from before this time are only served by the historical endpoints. """
    orders_updated_ts: datetime.datetime
    """ Orders cancelled or fully executed before this time are only served by GetHistoricalOrders. """
    market_positions_last_updated_ts: datetime.datetime | Unset = UNSET
    """ Settled positions archived before this time are only served by GetHistoricalPositions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_settled_ts = self.market_settled_ts.isoformat()

        trades_created_ts = self.trades_created_ts.isoformat()

        orders_updated_ts = self.orders_updated_ts.isoformat()

        market_positions_last_updated_ts: str | Unset = UNSET
        if not isinstance(self.market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = (
                self.market_positions_last_updated_ts.isoformat()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_settled_ts": market_settled_ts,
                "trades_created_ts": trades_created_ts,
                "orders_updated_ts": orders_updated_ts,
            }
        )
        if market_positions_last_updated_ts is not UNSET:
            field_dict["market_positions_last_updated_ts"] = (
                market_positions_last_updated_ts
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetHistoricalCutoffResponse:
            return as_subclass(cls, GetHistoricalCutoffResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.market_settled_ts = _datetime_fromisoformat(d["market_settled_ts"])
        instance_.trades_created_ts = _datetime_fromisoformat(d["trades_created_ts"])
        instance_.orders_updated_ts = _datetime_fromisoformat(d["orders_updated_ts"])
        market_positions_last_updated_ts = d.get(
            "market_positions_last_updated_ts", UNSET
        )
        instance_.market_positions_last_updated_ts = (
            market_positions_last_updated_ts
            if market_positions_last_updated_ts is UNSET
            else _datetime_fromisoformat(market_positions_last_updated_ts)
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
