from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_JSON_NAMES: tuple[str, ...] = (
    "reduce_by",
    "reduce_to",
    "exchange_index",
    "market_ticker",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="DecreaseOrderV2Request")


@_attrs_define
class DecreaseOrderV2Request:
    """How far to shrink an order; give exactly one of reduce_by and reduce_to.

    Example:
        {'reduce_to': '3.00', 'market_ticker': 'KXHIGHNY-26NOV30-T50'}

    """

    reduce_by: None | str | Unset = UNSET
    """ Take this many contracts off the order. """
    reduce_to: None | str | Unset = UNSET
    """ Leave this many contracts on the order. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    market_ticker: str | Unset = UNSET
    """ Ticker of the order's market, for routing when exchange_index is left out or -1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reduce_by: None | str | Unset
        if isinstance(self.reduce_by, Unset):
            reduce_by = UNSET
        else:
            reduce_by = self.reduce_by

        reduce_to: None | str | Unset
        if isinstance(self.reduce_to, Unset):
            reduce_to = UNSET
        else:
            reduce_to = self.reduce_to

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
        decrease_order_v2_request = cls(
            d.get("reduce_by", UNSET),
            d.get("reduce_to", UNSET),
            d.get("exchange_index", UNSET),
            d.get("market_ticker", UNSET),
        )
        if not _KNOWN.issuperset(d):
            decrease_order_v2_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return decrease_order_v2_request

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
