from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
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

_JSON_NAMES: tuple[str, ...] = (
    "subtrader_id",
    "limit",
    "executed_utilization",
    "resting_order_utilization",
    "pending_order_utilization",
    "cap_date",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetFCMEventContractDailyCapResponse")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class GetFCMEventContractDailyCapResponse:
    subtrader_id: str
    limit: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    executed_utilization: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    resting_order_utilization: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    pending_order_utilization: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    cap_date: str
    """ New York date the executed utilization is for; it resets at midnight New York time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        limit = _money_text(self.limit)

        executed_utilization = _money_text(self.executed_utilization)

        resting_order_utilization = _money_text(self.resting_order_utilization)

        pending_order_utilization = _money_text(self.pending_order_utilization)

        cap_date = self.cap_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "limit": limit,
                "executed_utilization": executed_utilization,
                "resting_order_utilization": resting_order_utilization,
                "pending_order_utilization": pending_order_utilization,
                "cap_date": cap_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetFCMEventContractDailyCapResponse:
            return as_subclass(cls, GetFCMEventContractDailyCapResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.subtrader_id = (
            value_
            if (value_ := d["subtrader_id"]).__class__ is str
            else _wrong_type(value_)
        )
        limit = d["limit"]
        instance_.limit = _decimals[limit] if limit in _decimals else _decimal(limit)
        executed_utilization = d["executed_utilization"]
        instance_.executed_utilization = (
            _decimals[executed_utilization]
            if executed_utilization in _decimals
            else _decimal(executed_utilization)
        )
        resting_order_utilization = d["resting_order_utilization"]
        instance_.resting_order_utilization = (
            _decimals[resting_order_utilization]
            if resting_order_utilization in _decimals
            else _decimal(resting_order_utilization)
        )
        pending_order_utilization = d["pending_order_utilization"]
        instance_.pending_order_utilization = (
            _decimals[pending_order_utilization]
            if pending_order_utilization in _decimals
            else _decimal(pending_order_utilization)
        )
        instance_.cap_date = (
            value_
            if (value_ := d["cap_date"]).__class__ is str
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
