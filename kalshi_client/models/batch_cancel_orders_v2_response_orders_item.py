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
    "reduced_by",
    "client_order_id",
    "ts_ms",
    "error",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="BatchCancelOrdersV2ResponseOrdersItem")


@_attrs_define
class BatchCancelOrdersV2ResponseOrdersItem:
    order_id: str
    reduced_by: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    client_order_id: None | str | Unset = UNSET
    ts_ms: int | None | Unset = UNSET
    """ When the matching engine handled the cancellation, in Unix milliseconds. """
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        order_id = self.order_id

        reduced_by = self.reduced_by

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

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
        field_dict.update(
            {
                "order_id": order_id,
                "reduced_by": reduced_by,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
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
        batch_cancel_orders_v2_response_orders_item = cls(
            d["order_id"],
            d["reduced_by"],
            d.get("client_order_id", UNSET),
            d.get("ts_ms", UNSET),
            error,
        )
        if not _KNOWN.issuperset(d):
            batch_cancel_orders_v2_response_orders_item.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return batch_cancel_orders_v2_response_orders_item

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
