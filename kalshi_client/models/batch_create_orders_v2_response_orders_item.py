from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="BatchCreateOrdersV2ResponseOrdersItem")


@_attrs_define
class BatchCreateOrdersV2ResponseOrdersItem:
    order_id: str | Unset = UNSET
    client_order_id: None | str | Unset = UNSET
    fill_count: None | str | Unset = UNSET
    remaining_count: None | str | Unset = UNSET
    average_fill_price: None | str | Unset = UNSET
    average_fee_paid: None | str | Unset = UNSET
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

        fill_count: None | str | Unset
        if isinstance(self.fill_count, Unset):
            fill_count = UNSET
        else:
            fill_count = self.fill_count

        remaining_count: None | str | Unset
        if isinstance(self.remaining_count, Unset):
            remaining_count = UNSET
        else:
            remaining_count = self.remaining_count

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
        error = d.get("error", UNSET)
        if isinstance(error, dict):
            try:
                error = _error_response.ErrorResponse.from_dict(error)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # the stock rule for unions: keep the raw value
        batch_create_orders_v2_response_orders_item = cls(
            d.get("order_id", UNSET),
            d.get("client_order_id", UNSET),
            d.get("fill_count", UNSET),
            d.get("remaining_count", UNSET),
            d.get("average_fill_price", UNSET),
            d.get("average_fee_paid", UNSET),
            d.get("ts_ms", UNSET),
            error,
        )
        if not _KNOWN.issuperset(d):
            batch_create_orders_v2_response_orders_item.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return batch_create_orders_v2_response_orders_item

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
