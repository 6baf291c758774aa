from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


T = TypeVar("T", bound="GetBalanceResponse")


@_attrs_define
class GetBalanceResponse:
    balance: int
    """ Available balance in cents, over all shards unless exchange_index was given. """
    balance_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    portfolio_value: int
    """ Portfolio value in cents, over all shards unless exchange_index was given. """
    updated_ts: int
    """ Unix timestamp of the last change to the balance. """
    balance_breakdown: list[IndexedBalance] | Unset = UNSET
    """ Balance per exchange shard; missing for keys tied to one subaccount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        balance_dollars = self.balance_dollars

        portfolio_value = self.portfolio_value

        updated_ts = self.updated_ts

        balance_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balance_breakdown, Unset):
            balance_breakdown = []
            for balance_breakdown_item_data in self.balance_breakdown:
                balance_breakdown_item = balance_breakdown_item_data.to_dict()
                balance_breakdown.append(balance_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "balance_dollars": balance_dollars,
                "portfolio_value": portfolio_value,
                "updated_ts": updated_ts,
            }
        )
        if balance_breakdown is not UNSET:
            field_dict["balance_breakdown"] = balance_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indexed_balance import IndexedBalance  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("balance_breakdown", UNSET) is None:
            del d["balance_breakdown"]
        balance = d.pop("balance")

        balance_dollars = d.pop("balance_dollars")

        portfolio_value = d.pop("portfolio_value")

        updated_ts = d.pop("updated_ts")

        _balance_breakdown = d.pop("balance_breakdown", UNSET)
        balance_breakdown: list[IndexedBalance] | Unset = UNSET
        if _balance_breakdown is not UNSET:
            balance_breakdown = []
            for balance_breakdown_item_data in _balance_breakdown:
                balance_breakdown_item = IndexedBalance.from_dict(
                    balance_breakdown_item_data
                )

                balance_breakdown.append(balance_breakdown_item)

        get_balance_response = cls(
            balance=balance,
            balance_dollars=balance_dollars,
            portfolio_value=portfolio_value,
            updated_ts=updated_ts,
            balance_breakdown=balance_breakdown,
        )

        get_balance_response.additional_properties = d
        return get_balance_response

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
