from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_status import DepositStatus
from ..models.deposit_type import DepositType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Deposit")


@_attrs_define
class Deposit:
    id: str
    status: DepositStatus
    """ pending, applied (the money is in the balance), failed or returned. """
    type_: DepositType
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

        status = DepositStatus(self.status).value

        type_ = DepositType(self.type_).value

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
        d = dict(src_dict)
        id = d.pop("id")

        status = DepositStatus(d.pop("status"))

        type_ = DepositType(d.pop("type"))

        amount_cents = d.pop("amount_cents")

        fee_cents = d.pop("fee_cents")

        created_ts = d.pop("created_ts")

        def _parse_finalized_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finalized_ts = _parse_finalized_ts(d.pop("finalized_ts", UNSET))

        deposit = cls(
            id=id,
            status=status,
            type_=type_,
            amount_cents=amount_cents,
            fee_cents=fee_cents,
            created_ts=created_ts,
            finalized_ts=finalized_ts,
        )

        deposit.additional_properties = d
        return deposit

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
