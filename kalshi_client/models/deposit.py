from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.deposit_status import DepositStatus
from ..models.deposit_type import DepositType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_DepositStatus_BY_VALUE = cast(
    "dict[Any, DepositStatus]", DepositStatus._value2member_map_
)
_DepositType_BY_VALUE = cast("dict[Any, DepositType]", DepositType._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "status",
    "type",
    "amount_cents",
    "fee_cents",
    "created_ts",
    "finalized_ts",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_status(
    value: DepositStatus | Literal["pending", "applied", "failed", "returned"],
) -> DepositStatus:
    return _enum_member(DepositStatus, value, "status")


def _to_type_(
    value: DepositType | Literal["ach", "wire", "crypto", "debit", "apm"],
) -> DepositType:
    return _enum_member(DepositType, value, "type_")


T = TypeVar("T", bound="Deposit")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Deposit:
    id: str
    status: DepositStatus = _attrs_field(converter=_to_status)
    """ pending, applied (the money is in the balance), failed or returned. """
    type_: DepositType = _attrs_field(converter=_to_type_)
    """ How the money was sent. """
    amount_cents: int
    """ In cents. """
    fee_cents: int
    """ In cents. """
    created_ts: int
    """ Unix timestamp at which the deposit was made. """
    finalized_ts: int | None | Unset = UNSET
    """ Unix timestamp at which the deposit was applied, failed or was returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = _enum_value(DepositStatus, self.status, "status")

        type_ = _enum_value(DepositType, self.type_, "type_")

        amount_cents = self.amount_cents

        fee_cents = self.fee_cents

        created_ts = self.created_ts

        finalized_ts: int | None | Unset
        if isinstance(self.finalized_ts, Unset):
            finalized_ts = UNSET
        else:
            finalized_ts = self.finalized_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
                "amount_cents": amount_cents,
                "fee_cents": fee_cents,
                "created_ts": created_ts,
            }
        )
        if finalized_ts is not UNSET:
            field_dict["finalized_ts"] = finalized_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Deposit:
            return as_subclass(cls, Deposit.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.status = (
            _DepositStatus_BY_VALUE[d["status"]]
            if d["status"] in _DepositStatus_BY_VALUE
            else DepositStatus(d["status"])
        )
        instance_.type_ = (
            _DepositType_BY_VALUE[d["type"]]
            if d["type"] in _DepositType_BY_VALUE
            else DepositType(d["type"])
        )
        instance_.amount_cents = (
            value_
            if (value_ := d["amount_cents"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.fee_cents = (
            value_
            if (value_ := d["fee_cents"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.created_ts = (
            value_
            if (value_ := d["created_ts"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.finalized_ts = (
            value_
            if (value_ := d.get("finalized_ts", UNSET)).__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
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
