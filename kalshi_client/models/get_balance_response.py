from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


from . import indexed_balance as _indexed_balance

_JSON_NAMES: tuple[str, ...] = (
    "balance",
    "balance_dollars",
    "portfolio_value",
    "updated_ts",
    "balance_breakdown",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="GetBalanceResponse")


@_attrs_define
class GetBalanceResponse:
    """
    Example:
        {'balance': 48250, 'balance_dollars': '482.5000', 'portfolio_value': 220, 'updated_ts': 1796047357,
            'balance_breakdown': [{'exchange_index': 0, 'balance': '482.5000'}]}

    """

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
        d = src_dict
        balance_breakdown = d.get("balance_breakdown")
        balance_breakdown = (
            UNSET
            if balance_breakdown is None
            else [
                _indexed_balance.IndexedBalance.from_dict(item)
                for item in balance_breakdown
            ]
        )
        get_balance_response = cls(
            d["balance"],
            d["balance_dollars"],
            d["portfolio_value"],
            d["updated_ts"],
            balance_breakdown,
        )
        if not _KNOWN.issuperset(d):
            get_balance_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
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
