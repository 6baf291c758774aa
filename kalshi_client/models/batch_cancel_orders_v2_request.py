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
    from ..models.batch_cancel_orders_v2_request_orders_item import (
        BatchCancelOrdersV2RequestOrdersItem,
    )


from . import (
    batch_cancel_orders_v2_request_orders_item as _batch_cancel_orders_v2_request_orders_item,
)

_JSON_NAMES: tuple[str, ...] = ("orders",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="BatchCancelOrdersV2Request")


@_attrs_define
class BatchCancelOrdersV2Request:
    """
    Example:
        {'orders': [{'order_id': '5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924', 'subaccount': 0}, {'order_id':
            '33c78063-d61a-428c-bb4e-bc45734247b1', 'exchange_index': -1, 'market_ticker': 'KXHIGHNY-26NOV30-T50'}]}

    """

    orders: list[BatchCancelOrdersV2RequestOrdersItem]
    """ Orders to cancel, each with its own subaccount if needed. """
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
        if cls is not BatchCancelOrdersV2Request:
            return as_subclass(cls, BatchCancelOrdersV2Request.from_dict(d))
        instance_ = _new(cls)
        orders = d["orders"]
        instance_.orders = (
            []
            if orders is None
            else [
                _batch_cancel_orders_v2_request_orders_item.BatchCancelOrdersV2RequestOrdersItem.from_dict(
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
