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

from ..models.withdrawal_status import WithdrawalStatus
from ..models.withdrawal_type import WithdrawalType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_WithdrawalStatus_BY_VALUE = cast(
    "dict[Any, WithdrawalStatus]", WithdrawalStatus._value2member_map_
)
_WithdrawalType_BY_VALUE = cast(
    "dict[Any, WithdrawalType]", WithdrawalType._value2member_map_
)

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
    value: WithdrawalStatus | Literal["pending", "applied", "failed", "returned"],
) -> WithdrawalStatus:
    return _enum_member(WithdrawalStatus, value, "status")


def _to_type_(
    value: WithdrawalType | Literal["ach", "wire", "crypto", "debit", "apm"],
) -> WithdrawalType:
    return _enum_member(WithdrawalType, value, "type_")


T = TypeVar("T", bound="Withdrawal")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Withdrawal:
    id: str
    status: WithdrawalStatus = _attrs_field(converter=_to_status)
    """ pending, applied (the money has left the balance), failed or returned. """
    type_: WithdrawalType = _attrs_field(converter=_to_type_)
    """ How the money is sent. """
    amount_cents: int
    """ In cents. """
    fee_cents: int
    """ In cents. """
    created_ts: int
    """ Unix timestamp at which the withdrawal was made. """
    finalized_ts: int | None | Unset = UNSET
    """ Unix timestamp at which the withdrawal was applied, failed or was returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = _enum_value(WithdrawalStatus, self.status, "status")

        type_ = _enum_value(WithdrawalType, self.type_, "type_")

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
        if cls is not Withdrawal:
            return as_subclass(cls, Withdrawal.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.status = (
            _WithdrawalStatus_BY_VALUE[d["status"]]
            if d["status"] in _WithdrawalStatus_BY_VALUE
            else WithdrawalStatus(d["status"])
        )
        instance_.type_ = (
            _WithdrawalType_BY_VALUE[d["type"]]
            if d["type"] in _WithdrawalType_BY_VALUE
            else WithdrawalType(d["type"])
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
