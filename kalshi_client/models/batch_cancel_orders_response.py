from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.batch_cancel_orders_individual_response import (
        BatchCancelOrdersIndividualResponse,
    )


from . import (
    batch_cancel_orders_individual_response as _batch_cancel_orders_individual_response,
)

_JSON_NAMES: tuple[str, ...] = ("orders",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="BatchCancelOrdersResponse")


@_attrs_define
class BatchCancelOrdersResponse:
    """Reply of the older batch cancel call (not used by any operation in this description)."""

    orders: list[BatchCancelOrdersIndividualResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not BatchCancelOrdersResponse:
            return as_subclass(cls, BatchCancelOrdersResponse.from_dict(d))
        instance_ = _new(cls)
        orders = d["orders"]
        instance_.orders = (
            []
            if orders is None
            else [
                _batch_cancel_orders_individual_response.BatchCancelOrdersIndividualResponse.from_dict(
                    item
                )
                for item in orders
            ]
            if orders.__class__ is list
            else _wrong_type(orders)
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
