from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resting_margin_reservation import RestingMarginReservation

if TYPE_CHECKING:
    from ..models.target_balance_allocation import TargetBalanceAllocation


from . import target_balance_allocation as _target_balance_allocation

_RestingMarginReservation_BY_VALUE = cast(
    "dict[Any, RestingMarginReservation]", RestingMarginReservation._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "allocations",
    "resting_margin_reservation",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="GetTargetBalanceAllocationResponse")


@_attrs_define
class GetTargetBalanceAllocationResponse:
    allocations: list[TargetBalanceAllocation]
    resting_margin_reservation: RestingMarginReservation
    """ How much collateral an automatic rebalance keeps back for resting orders: none, max (the largest single
    market-side commitment) or sum (the margin of all resting orders added up). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        resting_margin_reservation = RestingMarginReservation(
            self.resting_margin_reservation
        ).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocations": allocations,
                "resting_margin_reservation": resting_margin_reservation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        allocations = d["allocations"]
        allocations = (
            []
            if allocations is None
            else [
                _target_balance_allocation.TargetBalanceAllocation.from_dict(item)
                for item in allocations
            ]
        )
        get_target_balance_allocation_response = cls(
            allocations,
            (
                _RestingMarginReservation_BY_VALUE.get(d["resting_margin_reservation"])
                or RestingMarginReservation(d["resting_margin_reservation"])
            ),
        )
        if not _KNOWN.issuperset(d):
            get_target_balance_allocation_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return get_target_balance_allocation_response

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
