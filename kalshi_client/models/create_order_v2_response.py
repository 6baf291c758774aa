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
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "order_id",
    "fill_count",
    "remaining_count",
    "ts_ms",
    "client_order_id",
    "average_fill_price",
    "average_fee_paid",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CreateOrderV2Response")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CreateOrderV2Response:
    """
    Example:
        {'order_id': '5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924', 'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba',
            'fill_count': '4.00', 'remaining_count': '6.00', 'average_fill_price': '0.5500', 'average_fee_paid': '0.0175',
            'ts_ms': 1796047357513}

    """

    order_id: str
    fill_count: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    remaining_count: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    ts_ms: int
    """ When the matching engine handled the order, in Unix milliseconds. """
    client_order_id: str | Unset = UNSET
    average_fill_price: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    average_fee_paid: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        fill_count = _money_text(self.fill_count)

        remaining_count = _money_text(self.remaining_count)

        ts_ms = self.ts_ms

        client_order_id = self.client_order_id

        average_fill_price: str | Unset = UNSET
        if not isinstance(self.average_fill_price, Unset):
            average_fill_price = _money_text(self.average_fill_price)

        average_fee_paid: str | Unset = UNSET
        if not isinstance(self.average_fee_paid, Unset):
            average_fee_paid = _money_text(self.average_fee_paid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "fill_count": fill_count,
                "remaining_count": remaining_count,
                "ts_ms": ts_ms,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CreateOrderV2Response:
            return as_subclass(cls, CreateOrderV2Response.from_dict(d))
        instance_ = _new(cls)
        instance_.order_id = (
            value_
            if (value_ := d["order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        fill_count = d["fill_count"]
        instance_.fill_count = (
            _decimals[fill_count] if fill_count in _decimals else _decimal(fill_count)
        )
        remaining_count = d["remaining_count"]
        instance_.remaining_count = (
            _decimals[remaining_count]
            if remaining_count in _decimals
            else _decimal(remaining_count)
        )
        instance_.ts_ms = (
            value_ if (value_ := d["ts_ms"]).__class__ is int else _wrong_type(value_)
        )
        instance_.client_order_id = (
            value_
            if (value_ := d.get("client_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        average_fill_price = d.get("average_fill_price")
        instance_.average_fill_price = (
            UNSET
            if average_fill_price is None
            else _decimals[average_fill_price]
            if average_fill_price in _decimals
            else _decimal(average_fill_price)
        )
        average_fee_paid = d.get("average_fee_paid")
        instance_.average_fee_paid = (
            UNSET
            if average_fee_paid is None
            else _decimals[average_fee_paid]
            if average_fee_paid in _decimals
            else _decimal(average_fee_paid)
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
