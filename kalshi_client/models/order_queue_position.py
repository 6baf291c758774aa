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
    "order_id",
    "market_ticker",
    "queue_position_fp",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="OrderQueuePosition")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class OrderQueuePosition:
    order_id: str
    market_ticker: str
    queue_position_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        market_ticker = self.market_ticker

        queue_position_fp = _money_text(self.queue_position_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "market_ticker": market_ticker,
                "queue_position_fp": queue_position_fp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not OrderQueuePosition:
            return as_subclass(cls, OrderQueuePosition.from_dict(d))
        instance_ = _new(cls)
        instance_.order_id = (
            value_
            if (value_ := d["order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        queue_position_fp = d["queue_position_fp"]
        instance_.queue_position_fp = (
            _decimals[queue_position_fp]
            if queue_position_fp in _decimals
            else _decimal(queue_position_fp)
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
