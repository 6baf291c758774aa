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

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "order_id",
    "reduced_by",
    "ts_ms",
    "client_order_id",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CancelOrderV2Response")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CancelOrderV2Response:
    """
    Example:
        {'order_id': '5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924', 'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba',
            'reduced_by': '6.00', 'ts_ms': 1796047781204}

    """

    order_id: str
    reduced_by: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    ts_ms: int
    """ When the matching engine handled the cancellation, in Unix milliseconds. """
    client_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        reduced_by = _money_text(self.reduced_by)

        ts_ms = self.ts_ms

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "reduced_by": reduced_by,
                "ts_ms": ts_ms,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CancelOrderV2Response:
            return as_subclass(cls, CancelOrderV2Response.from_dict(d))
        instance_ = _new(cls)
        instance_.order_id = (
            value_
            if (value_ := d["order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        reduced_by = d["reduced_by"]
        instance_.reduced_by = (
            _decimals[reduced_by] if reduced_by in _decimals else _decimal(reduced_by)
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
