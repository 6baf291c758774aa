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
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "rfq_id",
    "market_ticker",
    "event_ticker",
    "yes_bid_dollars",
    "no_bid_dollars",
    "contracts_fp",
    "yes_contracts_offered_fp",
    "no_contracts_offered_fp",
    "rfq_target_cost_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="RfqBatchBestQuotesPayloadMsgRfqsItem")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class RfqBatchBestQuotesPayloadMsgRfqsItem:
    rfq_id: str
    """ The request for quote's identifier. """
    market_ticker: str
    """ The market's ticker. """
    event_ticker: str | Unset = UNSET
    """ The event's ticker. """
    yes_bid_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    no_bid_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    contracts_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    yes_contracts_offered_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    no_contracts_offered_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    rfq_target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_id = self.rfq_id

        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        yes_bid_dollars: str | Unset = UNSET
        if not isinstance(self.yes_bid_dollars, Unset):
            yes_bid_dollars = _money_text(self.yes_bid_dollars)

        no_bid_dollars: str | Unset = UNSET
        if not isinstance(self.no_bid_dollars, Unset):
            no_bid_dollars = _money_text(self.no_bid_dollars)

        contracts_fp: str | Unset = UNSET
        if not isinstance(self.contracts_fp, Unset):
            contracts_fp = _money_text(self.contracts_fp)

        yes_contracts_offered_fp: str | Unset = UNSET
        if not isinstance(self.yes_contracts_offered_fp, Unset):
            yes_contracts_offered_fp = _money_text(self.yes_contracts_offered_fp)

        no_contracts_offered_fp: str | Unset = UNSET
        if not isinstance(self.no_contracts_offered_fp, Unset):
            no_contracts_offered_fp = _money_text(self.no_contracts_offered_fp)

        rfq_target_cost_dollars: str | Unset = UNSET
        if not isinstance(self.rfq_target_cost_dollars, Unset):
            rfq_target_cost_dollars = _money_text(self.rfq_target_cost_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_id": rfq_id,
                "market_ticker": market_ticker,
            }
        )
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if yes_contracts_offered_fp is not UNSET:
            field_dict["yes_contracts_offered_fp"] = yes_contracts_offered_fp
        if no_contracts_offered_fp is not UNSET:
            field_dict["no_contracts_offered_fp"] = no_contracts_offered_fp
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not RfqBatchBestQuotesPayloadMsgRfqsItem:
            return as_subclass(cls, RfqBatchBestQuotesPayloadMsgRfqsItem.from_dict(d))
        instance_ = _new(cls)
        instance_.rfq_id = (
            value_ if (value_ := d["rfq_id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.event_ticker = (
            value_
            if (value_ := d.get("event_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        yes_bid_dollars = d.get("yes_bid_dollars")
        instance_.yes_bid_dollars = (
            UNSET
            if yes_bid_dollars is None
            else _decimals[yes_bid_dollars]
            if yes_bid_dollars in _decimals
            else _decimal(yes_bid_dollars)
        )
        no_bid_dollars = d.get("no_bid_dollars")
        instance_.no_bid_dollars = (
            UNSET
            if no_bid_dollars is None
            else _decimals[no_bid_dollars]
            if no_bid_dollars in _decimals
            else _decimal(no_bid_dollars)
        )
        contracts_fp = d.get("contracts_fp")
        instance_.contracts_fp = (
            UNSET
            if contracts_fp is None
            else _decimals[contracts_fp]
            if contracts_fp in _decimals
            else _decimal(contracts_fp)
        )
        yes_contracts_offered_fp = d.get("yes_contracts_offered_fp")
        instance_.yes_contracts_offered_fp = (
            UNSET
            if yes_contracts_offered_fp is None
            else _decimals[yes_contracts_offered_fp]
            if yes_contracts_offered_fp in _decimals
            else _decimal(yes_contracts_offered_fp)
        )
        no_contracts_offered_fp = d.get("no_contracts_offered_fp")
        instance_.no_contracts_offered_fp = (
            UNSET
            if no_contracts_offered_fp is None
            else _decimals[no_contracts_offered_fp]
            if no_contracts_offered_fp in _decimals
            else _decimal(no_contracts_offered_fp)
        )
        rfq_target_cost_dollars = d.get("rfq_target_cost_dollars")
        instance_.rfq_target_cost_dollars = (
            UNSET
            if rfq_target_cost_dollars is None
            else _decimals[rfq_target_cost_dollars]
            if rfq_target_cost_dollars in _decimals
            else _decimal(rfq_target_cost_dollars)
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
