from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.quote_accepted_payload_msg_accepted_side import (
    QuoteAcceptedPayloadMsgAcceptedSide,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_QuoteAcceptedPayloadMsgAcceptedSide_BY_VALUE = cast(
    "dict[Any, QuoteAcceptedPayloadMsgAcceptedSide]",
    QuoteAcceptedPayloadMsgAcceptedSide._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "quote_id",
    "rfq_id",
    "quote_creator_id",
    "rfq_creator_id",
    "market_ticker",
    "yes_bid_dollars",
    "no_bid_dollars",
    "event_ticker",
    "accepted_side",
    "contracts_accepted_fp",
    "yes_contracts_offered_fp",
    "no_contracts_offered_fp",
    "rfq_target_cost_dollars",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_accepted_side(
    value: QuoteAcceptedPayloadMsgAcceptedSide | Literal["yes", "no"] | Unset,
) -> QuoteAcceptedPayloadMsgAcceptedSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(QuoteAcceptedPayloadMsgAcceptedSide, value, "accepted_side")


T = TypeVar("T", bound="QuoteAcceptedPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class QuoteAcceptedPayloadMsg:
    """The content of the message."""

    quote_id: str
    """ The quote's identifier. """
    rfq_id: str
    """ The request for quote's identifier. """
    quote_creator_id: str
    """ Who created the quote. """
    rfq_creator_id: str
    """ Who created the request for quote. """
    market_ticker: str
    """ The market's ticker. """
    yes_bid_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    no_bid_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    event_ticker: str | Unset = UNSET
    """ The event's ticker. """
    accepted_side: QuoteAcceptedPayloadMsgAcceptedSide | Unset = _attrs_field(
        default=UNSET, converter=_to_accepted_side
    )
    """ The side (yes or no) that was accepted. """
    contracts_accepted_fp: Decimal | Unset = _attrs_field(
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
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        rfq_id = self.rfq_id

        quote_creator_id = self.quote_creator_id

        rfq_creator_id = self.rfq_creator_id

        market_ticker = self.market_ticker

        yes_bid_dollars = _money_text(self.yes_bid_dollars)

        no_bid_dollars = _money_text(self.no_bid_dollars)

        event_ticker = self.event_ticker

        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = _enum_value(
                QuoteAcceptedPayloadMsgAcceptedSide, self.accepted_side, "accepted_side"
            )

        contracts_accepted_fp: str | Unset = UNSET
        if not isinstance(self.contracts_accepted_fp, Unset):
            contracts_accepted_fp = _money_text(self.contracts_accepted_fp)

        yes_contracts_offered_fp: str | Unset = UNSET
        if not isinstance(self.yes_contracts_offered_fp, Unset):
            yes_contracts_offered_fp = _money_text(self.yes_contracts_offered_fp)

        no_contracts_offered_fp: str | Unset = UNSET
        if not isinstance(self.no_contracts_offered_fp, Unset):
            no_contracts_offered_fp = _money_text(self.no_contracts_offered_fp)

        rfq_target_cost_dollars: str | Unset = UNSET
        if not isinstance(self.rfq_target_cost_dollars, Unset):
            rfq_target_cost_dollars = _money_text(self.rfq_target_cost_dollars)

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quote_id": quote_id,
                "rfq_id": rfq_id,
                "quote_creator_id": quote_creator_id,
                "rfq_creator_id": rfq_creator_id,
                "market_ticker": market_ticker,
                "yes_bid_dollars": yes_bid_dollars,
                "no_bid_dollars": no_bid_dollars,
            }
        )
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        if contracts_accepted_fp is not UNSET:
            field_dict["contracts_accepted_fp"] = contracts_accepted_fp
        if yes_contracts_offered_fp is not UNSET:
            field_dict["yes_contracts_offered_fp"] = yes_contracts_offered_fp
        if no_contracts_offered_fp is not UNSET:
            field_dict["no_contracts_offered_fp"] = no_contracts_offered_fp
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not QuoteAcceptedPayloadMsg:
            return as_subclass(cls, QuoteAcceptedPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.quote_id = (
            value_
            if (value_ := d["quote_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rfq_id = (
            value_ if (value_ := d["rfq_id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.quote_creator_id = (
            value_
            if (value_ := d["quote_creator_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rfq_creator_id = (
            value_
            if (value_ := d["rfq_creator_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        yes_bid_dollars = d["yes_bid_dollars"]
        instance_.yes_bid_dollars = (
            _decimals[yes_bid_dollars]
            if yes_bid_dollars in _decimals
            else _decimal(yes_bid_dollars)
        )
        no_bid_dollars = d["no_bid_dollars"]
        instance_.no_bid_dollars = (
            _decimals[no_bid_dollars]
            if no_bid_dollars in _decimals
            else _decimal(no_bid_dollars)
        )
        instance_.event_ticker = (
            value_
            if (value_ := d.get("event_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        accepted_side = d.get("accepted_side", UNSET)
        instance_.accepted_side = (
            accepted_side
            if accepted_side is UNSET
            else (
                _QuoteAcceptedPayloadMsgAcceptedSide_BY_VALUE[accepted_side]
                if accepted_side in _QuoteAcceptedPayloadMsgAcceptedSide_BY_VALUE
                else QuoteAcceptedPayloadMsgAcceptedSide(accepted_side)
            )
        )
        contracts_accepted_fp = d.get("contracts_accepted_fp")
        instance_.contracts_accepted_fp = (
            UNSET
            if contracts_accepted_fp is None
            else _decimals[contracts_accepted_fp]
            if contracts_accepted_fp in _decimals
            else _decimal(contracts_accepted_fp)
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
