from __future__ import annotations

import datetime
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

from ..models.quote_accepted_side import QuoteAcceptedSide
from ..models.quote_status import QuoteStatus
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_QuoteAcceptedSide_BY_VALUE = cast(
    "dict[Any, QuoteAcceptedSide]", QuoteAcceptedSide._value2member_map_
)
_QuoteStatus_BY_VALUE = cast("dict[Any, QuoteStatus]", QuoteStatus._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "rfq_id",
    "creator_id",
    "rfq_creator_id",
    "market_ticker",
    "contracts_fp",
    "yes_bid_dollars",
    "no_bid_dollars",
    "created_ts",
    "updated_ts",
    "status",
    "accepted_side",
    "accepted_ts",
    "confirmed_ts",
    "executed_ts",
    "cancelled_ts",
    "rest_remainder",
    "post_only",
    "cancellation_reason",
    "creator_user_id",
    "rfq_creator_user_id",
    "rfq_target_cost_dollars",
    "target_cost_excludes_fees",
    "rfq_creator_order_id",
    "creator_order_id",
    "creator_subaccount",
    "rfq_creator_subaccount",
    "yes_contracts_fp",
    "no_contracts_fp",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_status(
    value: QuoteStatus
    | Literal["open", "accepted", "confirmed", "executed", "cancelled"],
) -> QuoteStatus:
    return _enum_member(QuoteStatus, value, "status")


def _to_accepted_side(
    value: QuoteAcceptedSide | Literal["yes", "no"] | Unset,
) -> QuoteAcceptedSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(QuoteAcceptedSide, value, "accepted_side")


T = TypeVar("T", bound="Quote")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Quote:
    id: str
    """ Id (a UUID) of the quote; keep the string exactly as it is. """
    rfq_id: str
    """ Id (a UUID) of the RFQ the quote answers. """
    creator_id: str
    """ Public communications id of the quote's creator. """
    rfq_creator_id: str
    """ Public communications id of the RFQ's creator; "0" for other users when the creator chose to hide it. """
    market_ticker: str
    contracts_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_bid_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_bid_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    created_ts: datetime.datetime
    updated_ts: datetime.datetime
    status: QuoteStatus = _attrs_field(converter=_to_status)
    accepted_side: QuoteAcceptedSide | Unset = _attrs_field(
        default=UNSET, converter=_to_accepted_side
    )
    accepted_ts: datetime.datetime | Unset = UNSET
    confirmed_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    """ Whether what is left after execution should rest on the book. """
    post_only: bool | Unset = UNSET
    """ Whether the quoter's order is post-only (only shown to the quoter). """
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    """ User id of the quoter (only shown to the quoter). """
    rfq_creator_user_id: str | Unset = UNSET
    """ User id of the RFQ's creator (only shown to that creator). """
    rfq_target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    target_cost_excludes_fees: bool | Unset = UNSET
    """ True when the RFQ's target cost is principal only, with taker fees charged on top. """
    rfq_creator_order_id: str | Unset = UNSET
    """ Order id on the RFQ creator's side (only shown to that creator). """
    creator_order_id: str | Unset = UNSET
    """ Order id on the quoter's side (only shown to the quoter). """
    creator_subaccount: int | Unset = UNSET
    """ Subaccount of the quoter (only shown to the quoter). """
    rfq_creator_subaccount: int | Unset = UNSET
    """ Subaccount of the RFQ's creator (only shown to that creator). """
    yes_contracts_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    no_contracts_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rfq_id = self.rfq_id

        creator_id = self.creator_id

        rfq_creator_id = self.rfq_creator_id

        market_ticker = self.market_ticker

        contracts_fp = _money_text(self.contracts_fp)

        yes_bid_dollars = _money_text(self.yes_bid_dollars)

        no_bid_dollars = _money_text(self.no_bid_dollars)

        created_ts = self.created_ts.isoformat()

        updated_ts = self.updated_ts.isoformat()

        status = _enum_value(QuoteStatus, self.status, "status")

        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = _enum_value(
                QuoteAcceptedSide, self.accepted_side, "accepted_side"
            )

        accepted_ts: str | Unset = UNSET
        if not isinstance(self.accepted_ts, Unset):
            accepted_ts = self.accepted_ts.isoformat()

        confirmed_ts: str | Unset = UNSET
        if not isinstance(self.confirmed_ts, Unset):
            confirmed_ts = self.confirmed_ts.isoformat()

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()

        rest_remainder = self.rest_remainder

        post_only = self.post_only

        cancellation_reason = self.cancellation_reason

        creator_user_id = self.creator_user_id

        rfq_creator_user_id = self.rfq_creator_user_id

        rfq_target_cost_dollars: str | Unset = UNSET
        if not isinstance(self.rfq_target_cost_dollars, Unset):
            rfq_target_cost_dollars = _money_text(self.rfq_target_cost_dollars)

        target_cost_excludes_fees = self.target_cost_excludes_fees

        rfq_creator_order_id = self.rfq_creator_order_id

        creator_order_id = self.creator_order_id

        creator_subaccount = self.creator_subaccount

        rfq_creator_subaccount = self.rfq_creator_subaccount

        yes_contracts_fp: str | Unset = UNSET
        if not isinstance(self.yes_contracts_fp, Unset):
            yes_contracts_fp = _money_text(self.yes_contracts_fp)

        no_contracts_fp: str | Unset = UNSET
        if not isinstance(self.no_contracts_fp, Unset):
            no_contracts_fp = _money_text(self.no_contracts_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rfq_id": rfq_id,
                "creator_id": creator_id,
                "rfq_creator_id": rfq_creator_id,
                "market_ticker": market_ticker,
                "contracts_fp": contracts_fp,
                "yes_bid_dollars": yes_bid_dollars,
                "no_bid_dollars": no_bid_dollars,
                "created_ts": created_ts,
                "updated_ts": updated_ts,
                "status": status,
            }
        )
        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        if accepted_ts is not UNSET:
            field_dict["accepted_ts"] = accepted_ts
        if confirmed_ts is not UNSET:
            field_dict["confirmed_ts"] = confirmed_ts
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if rfq_creator_user_id is not UNSET:
            field_dict["rfq_creator_user_id"] = rfq_creator_user_id
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if rfq_creator_order_id is not UNSET:
            field_dict["rfq_creator_order_id"] = rfq_creator_order_id
        if creator_order_id is not UNSET:
            field_dict["creator_order_id"] = creator_order_id
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        if rfq_creator_subaccount is not UNSET:
            field_dict["rfq_creator_subaccount"] = rfq_creator_subaccount
        if yes_contracts_fp is not UNSET:
            field_dict["yes_contracts_fp"] = yes_contracts_fp
        if no_contracts_fp is not UNSET:
            field_dict["no_contracts_fp"] = no_contracts_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Quote:
            return as_subclass(cls, Quote.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.rfq_id = (
            value_ if (value_ := d["rfq_id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.creator_id = (
            value_
            if (value_ := d["creator_id"]).__class__ is str
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
        contracts_fp = d["contracts_fp"]
        instance_.contracts_fp = (
            _decimals[contracts_fp]
            if contracts_fp in _decimals
            else _decimal(contracts_fp)
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
        instance_.created_ts = _datetime_fromisoformat(d["created_ts"])
        instance_.updated_ts = _datetime_fromisoformat(d["updated_ts"])
        instance_.status = (
            _QuoteStatus_BY_VALUE[d["status"]]
            if d["status"] in _QuoteStatus_BY_VALUE
            else QuoteStatus(d["status"])
        )
        accepted_side = d.get("accepted_side", UNSET)
        instance_.accepted_side = (
            accepted_side
            if accepted_side is UNSET
            else (
                _QuoteAcceptedSide_BY_VALUE[accepted_side]
                if accepted_side in _QuoteAcceptedSide_BY_VALUE
                else QuoteAcceptedSide(accepted_side)
            )
        )
        accepted_ts = d.get("accepted_ts", UNSET)
        instance_.accepted_ts = (
            accepted_ts
            if accepted_ts is UNSET
            else _datetime_fromisoformat(accepted_ts)
        )
        confirmed_ts = d.get("confirmed_ts", UNSET)
        instance_.confirmed_ts = (
            confirmed_ts
            if confirmed_ts is UNSET
            else _datetime_fromisoformat(confirmed_ts)
        )
        executed_ts = d.get("executed_ts", UNSET)
        instance_.executed_ts = (
            executed_ts
            if executed_ts is UNSET
            else _datetime_fromisoformat(executed_ts)
        )
        cancelled_ts = d.get("cancelled_ts", UNSET)
        instance_.cancelled_ts = (
            cancelled_ts
            if cancelled_ts is UNSET
            else _datetime_fromisoformat(cancelled_ts)
        )
        instance_.rest_remainder = (
            value_
            if (value_ := d.get("rest_remainder", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.post_only = (
            value_
            if (value_ := d.get("post_only", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.cancellation_reason = (
            value_
            if (value_ := d.get("cancellation_reason", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.creator_user_id = (
            value_
            if (value_ := d.get("creator_user_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.rfq_creator_user_id = (
            value_
            if (value_ := d.get("rfq_creator_user_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        rfq_target_cost_dollars = d.get("rfq_target_cost_dollars")
        instance_.rfq_target_cost_dollars = (
            UNSET
            if rfq_target_cost_dollars is None
            else _decimals[rfq_target_cost_dollars]
            if rfq_target_cost_dollars in _decimals
            else _decimal(rfq_target_cost_dollars)
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
        instance_.rfq_creator_order_id = (
            value_
            if (value_ := d.get("rfq_creator_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.creator_order_id = (
            value_
            if (value_ := d.get("creator_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.creator_subaccount = (
            value_
            if (value_ := d.get("creator_subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.rfq_creator_subaccount = (
            value_
            if (value_ := d.get("rfq_creator_subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        yes_contracts_fp = d.get("yes_contracts_fp")
        instance_.yes_contracts_fp = (
            UNSET
            if yes_contracts_fp is None
            else _decimals[yes_contracts_fp]
            if yes_contracts_fp in _decimals
            else _decimal(yes_contracts_fp)
        )
        no_contracts_fp = d.get("no_contracts_fp")
        instance_.no_contracts_fp = (
            UNSET
            if no_contracts_fp is None
            else _decimals[no_contracts_fp]
            if no_contracts_fp in _decimals
            else _decimal(no_contracts_fp)
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
