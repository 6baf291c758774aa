from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

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
_new = object.__new__


T = TypeVar("T", bound="GetBalanceResponse")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class GetBalanceResponse:
    """
    Example:
        {'balance': 48250, 'balance_dollars': '482.5000', 'portfolio_value': 220, 'updated_ts': 1796047357,
            'balance_breakdown': [{'exchange_index': 0, 'balance': '482.5000'}]}

    """

    balance: int
    """ Available balance in cents, over all shards unless exchange_index was given. """
    balance_dollars: Decimal = _attrs_field(converter=_money)
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

        balance_dollars = _money_text(self.balance_dollars)

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetBalanceResponse:
            return as_subclass(cls, GetBalanceResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.balance = (
            value_ if (value_ := d["balance"]).__class__ is int else _wrong_type(value_)
        )
        balance_dollars = d["balance_dollars"]
        instance_.balance_dollars = (
            _decimals[balance_dollars]
            if balance_dollars in _decimals
            else _decimal(balance_dollars)
        )
        instance_.portfolio_value = (
            value_
            if (value_ := d["portfolio_value"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.updated_ts = (
            value_
            if (value_ := d["updated_ts"]).__class__ is int
            else _wrong_type(value_)
        )
        balance_breakdown = d.get("balance_breakdown")
        instance_.balance_breakdown = (
            UNSET
            if balance_breakdown is None
            else [
                _indexed_balance.IndexedBalance.from_dict(item)
                for item in balance_breakdown
            ]
            if balance_breakdown.__class__ is list
            else _wrong_type(balance_breakdown)
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
