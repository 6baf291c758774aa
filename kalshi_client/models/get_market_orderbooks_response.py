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
    from ..models.market_orderbook_fp import MarketOrderbookFp


from . import market_orderbook_fp as _market_orderbook_fp

_JSON_NAMES: tuple[str, ...] = ("orderbooks",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetMarketOrderbooksResponse")


@_attrs_define
class GetMarketOrderbooksResponse:
    orderbooks: list[MarketOrderbookFp]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orderbooks = []
        for orderbooks_item_data in self.orderbooks:
            orderbooks_item = orderbooks_item_data.to_dict()
            orderbooks.append(orderbooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderbooks": orderbooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetMarketOrderbooksResponse:
            return as_subclass(cls, GetMarketOrderbooksResponse.from_dict(d))
        instance_ = _new(cls)
        orderbooks = d["orderbooks"]
        instance_.orderbooks = (
            []
            if orderbooks is None
            else [
                _market_orderbook_fp.MarketOrderbookFp.from_dict(item)
                for item in orderbooks
            ]
            if orderbooks.__class__ is list
            else _wrong_type(orderbooks)
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
