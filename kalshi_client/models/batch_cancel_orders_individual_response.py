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
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.order import Order


from . import error_response as _error_response
from . import order as _order

_JSON_NAMES: tuple[str, ...] = (
    "order_id",
    "reduced_by_fp",
    "order",
    "error",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="BatchCancelOrdersIndividualResponse")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class BatchCancelOrdersIndividualResponse:
    order_id: str
    """ Id of the order this entry is about. """
    reduced_by_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    order: None | Order | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        order_id = self.order_id

        reduced_by_fp = _money_text(self.reduced_by_fp)

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "reduced_by_fp": reduced_by_fp,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not BatchCancelOrdersIndividualResponse:
            return as_subclass(cls, BatchCancelOrdersIndividualResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.order_id = (
            value_
            if (value_ := d["order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        reduced_by_fp = d["reduced_by_fp"]
        instance_.reduced_by_fp = (
            _decimals[reduced_by_fp]
            if reduced_by_fp in _decimals
            else _decimal(reduced_by_fp)
        )
        order = d.get("order", UNSET)
        instance_.order = (
            order if order is None or order is UNSET else _order.Order.from_dict(order)
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
