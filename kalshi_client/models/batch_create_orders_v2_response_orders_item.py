from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


from . import error_response as _error_response

_JSON_NAMES: tuple[str, ...] = (
    "order_id",
    "client_order_id",
    "fill_count",
    "remaining_count",
    "average_fill_price",
    "average_fee_paid",
    "ts_ms",
    "error",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="BatchCreateOrdersV2ResponseOrdersItem")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class BatchCreateOrdersV2ResponseOrdersItem:
    order_id: str | Unset = UNSET
    client_order_id: None | str | Unset = UNSET
    fill_count: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    remaining_count: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    average_fill_price: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    average_fee_paid: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    ts_ms: int | None | Unset = UNSET
    """ When the matching engine handled the order, in Unix milliseconds. """
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        order_id = self.order_id

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        fill_count: None | str | Unset = (
            self.fill_count
            if self.fill_count is None or isinstance(self.fill_count, Unset)
            else _money_text(self.fill_count)
        )

        remaining_count: None | str | Unset = (
            self.remaining_count
            if self.remaining_count is None or isinstance(self.remaining_count, Unset)
            else _money_text(self.remaining_count)
        )

        average_fill_price: None | str | Unset = (
            self.average_fill_price
            if self.average_fill_price is None
            or isinstance(self.average_fill_price, Unset)
            else _money_text(self.average_fill_price)
        )

        average_fee_paid: None | str | Unset = (
            self.average_fee_paid
            if self.average_fee_paid is None or isinstance(self.average_fee_paid, Unset)
            else _money_text(self.average_fee_paid)
        )

        ts_ms: int | None | Unset
        if isinstance(self.ts_ms, Unset):
            ts_ms = UNSET
        else:
            ts_ms = self.ts_ms

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not BatchCreateOrdersV2ResponseOrdersItem:
            return as_subclass(cls, BatchCreateOrdersV2ResponseOrdersItem.from_dict(d))
        instance_ = _new(cls)
        instance_.order_id = (
            value_
            if (value_ := d.get("order_id", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.client_order_id = (
            value_
            if (value_ := d.get("client_order_id", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        fill_count = d.get("fill_count", UNSET)
        instance_.fill_count = (
            fill_count
            if fill_count is None or fill_count is UNSET
            else _decimals[fill_count]
            if fill_count in _decimals
            else _decimal(fill_count)
        )
        remaining_count = d.get("remaining_count", UNSET)
        instance_.remaining_count = (
            remaining_count
            if remaining_count is None or remaining_count is UNSET
            else _decimals[remaining_count]
            if remaining_count in _decimals
            else _decimal(remaining_count)
        )
        average_fill_price = d.get("average_fill_price", UNSET)
        instance_.average_fill_price = (
            average_fill_price
            if average_fill_price is None or average_fill_price is UNSET
            else _decimals[average_fill_price]
            if average_fill_price in _decimals
            else _decimal(average_fill_price)
        )
        average_fee_paid = d.get("average_fee_paid", UNSET)
        instance_.average_fee_paid = (
            average_fee_paid
            if average_fee_paid is None or average_fee_paid is UNSET
            else _decimals[average_fee_paid]
            if average_fee_paid in _decimals
            else _decimal(average_fee_paid)
        )
        instance_.ts_ms = (
            value_
            if (value_ := d.get("ts_ms", UNSET)).__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        error = d.get("error", UNSET)
        instance_.error = (
            error
            if error is None or error is UNSET
            else _error_response.ErrorResponse.from_dict(error)
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
