from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_JSON_NAMES: tuple[str, ...] = (
    "order_id",
    "ts_ms",
    "client_order_id",
    "remaining_count",
    "fill_count",
    "average_fill_price",
    "average_fee_paid",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="AmendOrderV2Response")


@_attrs_define
class AmendOrderV2Response:
    """
    Example:
        {'order_id': '5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924', 'client_order_id': '0b9526a0-33f9-4007-95c0-8f321209c64c',
            'remaining_count': '6.00', 'ts_ms': 1796047512087}

    """

    order_id: str
    ts_ms: int
    """ When the matching engine handled the amend, in Unix milliseconds. """
    client_order_id: str | Unset = UNSET
    remaining_count: None | str | Unset = UNSET
    """ Contracts resting after the amend (not the total size asked for). """
    fill_count: None | str | Unset = UNSET
    """ Contracts filled because the amend crossed the book; only there when something filled or the resting size
    changed. """
    average_fill_price: None | str | Unset = UNSET
    """ Volume-weighted average price of those fills; only there when something filled. """
    average_fee_paid: None | str | Unset = UNSET
    """ Volume-weighted average fee per contract on those fills; only there when something filled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        ts_ms = self.ts_ms

        client_order_id = self.client_order_id

        remaining_count: None | str | Unset
        if isinstance(self.remaining_count, Unset):
            remaining_count = UNSET
        else:
            remaining_count = self.remaining_count

        fill_count: None | str | Unset
        if isinstance(self.fill_count, Unset):
            fill_count = UNSET
        else:
            fill_count = self.fill_count

        average_fill_price: None | str | Unset
        if isinstance(self.average_fill_price, Unset):
            average_fill_price = UNSET
        else:
            average_fill_price = self.average_fill_price

        average_fee_paid: None | str | Unset
        if isinstance(self.average_fee_paid, Unset):
            average_fee_paid = UNSET
        else:
            average_fee_paid = self.average_fee_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "ts_ms": ts_ms,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        amend_order_v2_response = cls(
            d["order_id"],
            d["ts_ms"],
            d.get("client_order_id", UNSET),
            d.get("remaining_count", UNSET),
            d.get("fill_count", UNSET),
            d.get("average_fill_price", UNSET),
            d.get("average_fee_paid", UNSET),
        )
        if not _KNOWN.issuperset(d):
            amend_order_v2_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return amend_order_v2_response

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
