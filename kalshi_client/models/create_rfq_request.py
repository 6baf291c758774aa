from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import optional_nullable_money as _optional_nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "market_ticker",
    "rest_remainder",
    "contracts",
    "contracts_fp",
    "target_cost_centi_cents",
    "target_cost_dollars",
    "target_cost_excludes_fees",
    "obscure_creator_id",
    "replace_existing",
    "subtrader_id",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CreateRFQRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CreateRFQRequest:
    market_ticker: str
    rest_remainder: bool
    """ Whether what is left after execution should rest on the book. """
    contracts: int | Unset = UNSET
    """ Size in whole contracts; use contracts_fp for fractions. When both are given they must agree. """
    contracts_fp: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Size as a decimal string, in steps of 0.01 contracts. When contracts is given too they must agree. """
    target_cost_centi_cents: int | Unset = UNSET
    """ Deprecated; use target_cost_dollars. Target cost in centi-cents. """
    target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    target_cost_excludes_fees: bool | Unset = UNSET
    """ Treat the target cost as principal only (contracts = cost / price) and charge taker fees on top. """
    obscure_creator_id: bool | Unset = False
    """ Hide your id from other users until the RFQ executes. """
    replace_existing: bool | Unset = False
    """ Delete your existing RFQs when creating this one. """
    subtrader_id: str | Unset = UNSET
    """ Subtrader to create the RFQ for (FCM members only). """
    subaccount: int | Unset = UNSET
    """ Subaccount to create the RFQ for (direct members only; 0 is the primary account, 1-63 are numbered
    subaccounts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        rest_remainder = self.rest_remainder

        contracts = self.contracts

        contracts_fp: None | str | Unset = (
            self.contracts_fp
            if self.contracts_fp is None or isinstance(self.contracts_fp, Unset)
            else _money_text(self.contracts_fp)
        )

        target_cost_centi_cents = self.target_cost_centi_cents

        target_cost_dollars: str | Unset = UNSET
        if not isinstance(self.target_cost_dollars, Unset):
            target_cost_dollars = _money_text(self.target_cost_dollars)

        target_cost_excludes_fees = self.target_cost_excludes_fees

        obscure_creator_id = self.obscure_creator_id

        replace_existing = self.replace_existing

        subtrader_id = self.subtrader_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "rest_remainder": rest_remainder,
            }
        )
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_centi_cents is not UNSET:
            field_dict["target_cost_centi_cents"] = target_cost_centi_cents
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if obscure_creator_id is not UNSET:
            field_dict["obscure_creator_id"] = obscure_creator_id
        if replace_existing is not UNSET:
            field_dict["replace_existing"] = replace_existing
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CreateRFQRequest:
            return as_subclass(cls, CreateRFQRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rest_remainder = (
            value_
            if (value_ := d["rest_remainder"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.contracts = (
            value_
            if (value_ := d.get("contracts", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        contracts_fp = d.get("contracts_fp", UNSET)
        instance_.contracts_fp = (
            contracts_fp
            if contracts_fp is None or contracts_fp is UNSET
            else _decimals[contracts_fp]
            if contracts_fp in _decimals
            else _decimal(contracts_fp)
        )
        instance_.target_cost_centi_cents = (
            value_
            if (value_ := d.get("target_cost_centi_cents", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        target_cost_dollars = d.get("target_cost_dollars")
        instance_.target_cost_dollars = (
            UNSET
            if target_cost_dollars is None
            else _decimals[target_cost_dollars]
            if target_cost_dollars in _decimals
            else _decimal(target_cost_dollars)
        )
        instance_.target_cost_excludes_fees = (
            value_
            if (value_ := d.get("target_cost_excludes_fees", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.obscure_creator_id = (
            value_
            if (value_ := d.get("obscure_creator_id", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.replace_existing = (
            value_
            if (value_ := d.get("replace_existing", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.subtrader_id = (
            value_
            if (value_ := d.get("subtrader_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
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
