from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


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
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        def _parse_client_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_order_id = _parse_client_order_id(d.pop("client_order_id", UNSET))

        def _parse_fill_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_count = _parse_fill_count(d.pop("fill_count", UNSET))

        def _parse_remaining_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remaining_count = _parse_remaining_count(d.pop("remaining_count", UNSET))

        def _parse_average_fill_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_fill_price = _parse_average_fill_price(
            d.pop("average_fill_price", UNSET)
        )

        def _parse_average_fee_paid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_fee_paid = _parse_average_fee_paid(d.pop("average_fee_paid", UNSET))

        def _parse_ts_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ts_ms = _parse_ts_ms(d.pop("ts_ms", UNSET))

        def _parse_error(data: object) -> ErrorResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorResponse.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponse | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        batch_create_orders_v2_response_orders_item = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            fill_count=fill_count,
            remaining_count=remaining_count,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
            ts_ms=ts_ms,
            error=error,
        )

        batch_create_orders_v2_response_orders_item.additional_properties = d
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
