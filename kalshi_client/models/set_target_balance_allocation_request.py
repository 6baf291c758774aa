from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.resting_margin_reservation import RestingMarginReservation
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.target_balance_allocation_input import TargetBalanceAllocationInput


from . import target_balance_allocation_input as _target_balance_allocation_input

_RestingMarginReservation_BY_VALUE = cast(
    "dict[Any, RestingMarginReservation]", RestingMarginReservation._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "allocations",
    "resting_margin_reservation",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_resting_margin_reservation(
    value: RestingMarginReservation | Literal["none", "max", "sum"] | Unset,
) -> RestingMarginReservation | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(RestingMarginReservation, value, "resting_margin_reservation")


T = TypeVar("T", bound="SetTargetBalanceAllocationRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SetTargetBalanceAllocationRequest:
    allocations: list[TargetBalanceAllocationInput]
    resting_margin_reservation: RestingMarginReservation | Unset = _attrs_field(
        default=UNSET, converter=_to_resting_margin_reservation
    )
    """ sum when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        resting_margin_reservation: str | Unset = UNSET
        if not isinstance(self.resting_margin_reservation, Unset):
            resting_margin_reservation = _enum_value(
                RestingMarginReservation,
                self.resting_margin_reservation,
                "resting_margin_reservation",
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocations": allocations,
            }
        )
        if resting_margin_reservation is not UNSET:
            field_dict["resting_margin_reservation"] = resting_margin_reservation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not SetTargetBalanceAllocationRequest:
            return as_subclass(cls, SetTargetBalanceAllocationRequest.from_dict(d))
        instance_ = _new(cls)
        allocations = d["allocations"]
        instance_.allocations = (
            []
            if allocations is None
            else [
                _target_balance_allocation_input.TargetBalanceAllocationInput.from_dict(
                    item
                )
                for item in allocations
            ]
            if allocations.__class__ is list
            else _wrong_type(allocations)
        )
        resting_margin_reservation = d.get("resting_margin_reservation", UNSET)
        instance_.resting_margin_reservation = (
            resting_margin_reservation
            if resting_margin_reservation is UNSET
            else (
                _RestingMarginReservation_BY_VALUE[resting_margin_reservation]
                if resting_margin_reservation in _RestingMarginReservation_BY_VALUE
                else RestingMarginReservation(resting_margin_reservation)
            )
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
