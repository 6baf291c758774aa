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
from kalshi_auth._money import optional_nullable_money as _optional_nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "reduce_by",
    "reduce_to",
    "exchange_index",
    "market_ticker",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="DecreaseOrderV2Request")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DecreaseOrderV2Request:
    """How far to shrink an order; give exactly one of reduce_by and reduce_to.

    Example:
        {'reduce_to': '3.00', 'market_ticker': 'KXHIGHNY-26NOV30-T50'}

    """

    reduce_by: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Take this many contracts off the order. """
    reduce_to: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Leave this many contracts on the order. """
    exchange_index: int | Unset = UNSET
    """ Exchange shard. Left out, the request is routed by market_ticker when that is given and goes to shard 0
    otherwise; -1 insists on routing by market_ticker. """
    market_ticker: str | Unset = UNSET
    """ Ticker of the order's market, for routing when exchange_index is left out or -1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reduce_by: None | str | Unset = (
            self.reduce_by
            if self.reduce_by is None or isinstance(self.reduce_by, Unset)
            else _money_text(self.reduce_by)
        )

        reduce_to: None | str | Unset = (
            self.reduce_to
            if self.reduce_to is None or isinstance(self.reduce_to, Unset)
            else _money_text(self.reduce_to)
        )

        exchange_index = self.exchange_index

        market_ticker = self.market_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not DecreaseOrderV2Request:
            return as_subclass(cls, DecreaseOrderV2Request.from_dict(d))
        instance_ = _new(cls)
        reduce_by = d.get("reduce_by", UNSET)
        instance_.reduce_by = (
            reduce_by
            if reduce_by is None or reduce_by is UNSET
            else _decimals[reduce_by]
            if reduce_by in _decimals
            else _decimal(reduce_by)
        )
        reduce_to = d.get("reduce_to", UNSET)
        instance_.reduce_to = (
            reduce_to
            if reduce_to is None or reduce_to is UNSET
            else _decimals[reduce_to]
            if reduce_to in _decimals
            else _decimal(reduce_to)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d.get("exchange_index", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d.get("market_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
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
