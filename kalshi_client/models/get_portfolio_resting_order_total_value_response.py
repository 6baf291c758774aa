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
    from ..models.indexed_balance import IndexedBalance


from . import indexed_balance as _indexed_balance

_JSON_NAMES: tuple[str, ...] = (
    "total_resting_order_value",
    "resting_order_value_breakdown",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetPortfolioRestingOrderTotalValueResponse")


@_attrs_define
class GetPortfolioRestingOrderTotalValueResponse:
    total_resting_order_value: int
    """ Value of all resting orders, in cents. """
    resting_order_value_breakdown: list[IndexedBalance]
    """ The same value per exchange shard, in dollars. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_resting_order_value = self.total_resting_order_value

        resting_order_value_breakdown = []
        for (
            resting_order_value_breakdown_item_data
        ) in self.resting_order_value_breakdown:
            resting_order_value_breakdown_item = (
                resting_order_value_breakdown_item_data.to_dict()
            )
            resting_order_value_breakdown.append(resting_order_value_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_resting_order_value": total_resting_order_value,
                "resting_order_value_breakdown": resting_order_value_breakdown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetPortfolioRestingOrderTotalValueResponse:
            return as_subclass(
                cls, GetPortfolioRestingOrderTotalValueResponse.from_dict(d)
            )
        instance_ = _new(cls)
        instance_.total_resting_order_value = (
            value_
            if (value_ := d["total_resting_order_value"]).__class__ is int
            else _wrong_type(value_)
        )
        resting_order_value_breakdown = d["resting_order_value_breakdown"]
        instance_.resting_order_value_breakdown = (
            []
            if resting_order_value_breakdown is None
            else [
                _indexed_balance.IndexedBalance.from_dict(item)
                for item in resting_order_value_breakdown
            ]
            if resting_order_value_breakdown.__class__ is list
            else _wrong_type(resting_order_value_breakdown)
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
