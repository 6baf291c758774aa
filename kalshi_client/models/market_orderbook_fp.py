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
    from ..models.orderbook_count_fp import OrderbookCountFp


from . import orderbook_count_fp as _orderbook_count_fp

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "orderbook_fp",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="MarketOrderbookFp")


@_attrs_define
class MarketOrderbookFp:
    ticker: str
    orderbook_fp: OrderbookCountFp
    """ Bid levels for yes and for no, with prices in dollars and contract counts as fixed-point strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        orderbook_fp = self.orderbook_fp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "orderbook_fp": orderbook_fp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not MarketOrderbookFp:
            return as_subclass(cls, MarketOrderbookFp.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.orderbook_fp = _orderbook_count_fp.OrderbookCountFp.from_dict(
            d["orderbook_fp"]
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
