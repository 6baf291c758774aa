from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="CreateRFQRequest")


@_attrs_define
class CreateRFQRequest:
    market_ticker: str
    rest_remainder: bool
    """ Whether what is left after execution should rest on the book. """
    contracts: int | Unset = UNSET
    """ Size in whole contracts; use contracts_fp for fractions. When both are given they must agree. """
    contracts_fp: None | str | Unset = UNSET
    """ Size as a decimal string, in steps of 0.01 contracts. When contracts is given too they must agree. """
    target_cost_centi_cents: int | Unset = UNSET
    """ Deprecated; use target_cost_dollars. Target cost in centi-cents. """
    target_cost_dollars: str | Unset = UNSET
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

        contracts_fp: None | str | Unset
        if isinstance(self.contracts_fp, Unset):
            contracts_fp = UNSET
        else:
            contracts_fp = self.contracts_fp

        target_cost_centi_cents = self.target_cost_centi_cents

        target_cost_dollars = self.target_cost_dollars

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
        create_rfq_request = cls(
            d["market_ticker"],
            d["rest_remainder"],
            d.get("contracts", UNSET),
            d.get("contracts_fp", UNSET),
            d.get("target_cost_centi_cents", UNSET),
            d.get("target_cost_dollars", UNSET),
            d.get("target_cost_excludes_fees", UNSET),
            d.get("obscure_creator_id", UNSET),
            d.get("replace_existing", UNSET),
            d.get("subtrader_id", UNSET),
            d.get("subaccount", UNSET),
        )
        if not _KNOWN.issuperset(d):
            create_rfq_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return create_rfq_request

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
