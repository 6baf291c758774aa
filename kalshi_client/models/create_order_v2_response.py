from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="CreateOrderV2Response")


@_attrs_define
class CreateOrderV2Response:
    """
    Example:
        {'order_id': '5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924', 'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba',
            'fill_count': '4.00', 'remaining_count': '6.00', 'average_fill_price': '0.5500', 'average_fee_paid': '0.0175',
            'ts_ms': 1796047357513}

    """

    order_id: str
    fill_count: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    remaining_count: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    ts_ms: int
    """ When the matching engine handled the order, in Unix milliseconds. """
    client_order_id: str | Unset = UNSET
    average_fill_price: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    average_fee_paid: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        fill_count = self.fill_count

        remaining_count = self.remaining_count

        ts_ms = self.ts_ms

        client_order_id = self.client_order_id

        average_fill_price = self.average_fill_price

        average_fee_paid = self.average_fee_paid

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
        create_order_v2_response = cls(
            d["order_id"],
            d["fill_count"],
            d["remaining_count"],
            d["ts_ms"],
            d.get("client_order_id", UNSET),
            d.get("average_fill_price", UNSET),
            d.get("average_fee_paid", UNSET),
        )
        if not _KNOWN.issuperset(d):
            create_order_v2_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return create_order_v2_response

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
