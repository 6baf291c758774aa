from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_accepted_side import QuoteAcceptedSide
from ..models.quote_status import QuoteStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Quote")


@_attrs_define
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
    contracts_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_bid_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_bid_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    created_ts: datetime.datetime
    updated_ts: datetime.datetime
    status: QuoteStatus
    accepted_side: QuoteAcceptedSide | Unset = UNSET
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
    rfq_target_cost_dollars: str | Unset = UNSET
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
    yes_contracts_fp: str | Unset = UNSET
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    no_contracts_fp: str | Unset = UNSET
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rfq_id = self.rfq_id

        creator_id = self.creator_id

        rfq_creator_id = self.rfq_creator_id

        market_ticker = self.market_ticker

        contracts_fp = self.contracts_fp

        yes_bid_dollars = self.yes_bid_dollars

        no_bid_dollars = self.no_bid_dollars

        created_ts = self.created_ts.isoformat()

        updated_ts = self.updated_ts.isoformat()

        status = QuoteStatus(self.status).value

        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = QuoteAcceptedSide(self.accepted_side).value

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

        rfq_target_cost_dollars = self.rfq_target_cost_dollars

        target_cost_excludes_fees = self.target_cost_excludes_fees

        rfq_creator_order_id = self.rfq_creator_order_id

        creator_order_id = self.creator_order_id

        creator_subaccount = self.creator_subaccount

        rfq_creator_subaccount = self.rfq_creator_subaccount

        yes_contracts_fp = self.yes_contracts_fp

        no_contracts_fp = self.no_contracts_fp

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
        d = dict(src_dict)
        id = d.pop("id")

        rfq_id = d.pop("rfq_id")

        creator_id = d.pop("creator_id")

        rfq_creator_id = d.pop("rfq_creator_id")

        market_ticker = d.pop("market_ticker")

        contracts_fp = d.pop("contracts_fp")

        yes_bid_dollars = d.pop("yes_bid_dollars")

        no_bid_dollars = d.pop("no_bid_dollars")

        created_ts = datetime.datetime.fromisoformat(d.pop("created_ts"))

        updated_ts = datetime.datetime.fromisoformat(d.pop("updated_ts"))

        status = QuoteStatus(d.pop("status"))

        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: QuoteAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = QuoteAcceptedSide(_accepted_side)

        _accepted_ts = d.pop("accepted_ts", UNSET)
        accepted_ts: datetime.datetime | Unset
        if isinstance(_accepted_ts, Unset):
            accepted_ts = UNSET
        else:
            accepted_ts = datetime.datetime.fromisoformat(_accepted_ts)

        _confirmed_ts = d.pop("confirmed_ts", UNSET)
        confirmed_ts: datetime.datetime | Unset
        if isinstance(_confirmed_ts, Unset):
            confirmed_ts = UNSET
        else:
            confirmed_ts = datetime.datetime.fromisoformat(_confirmed_ts)

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        _cancelled_ts = d.pop("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = datetime.datetime.fromisoformat(_cancelled_ts)

        rest_remainder = d.pop("rest_remainder", UNSET)

        post_only = d.pop("post_only", UNSET)

        cancellation_reason = d.pop("cancellation_reason", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        rfq_creator_user_id = d.pop("rfq_creator_user_id", UNSET)

        rfq_target_cost_dollars = d.pop("rfq_target_cost_dollars", UNSET)

        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)

        rfq_creator_order_id = d.pop("rfq_creator_order_id", UNSET)

        creator_order_id = d.pop("creator_order_id", UNSET)

        creator_subaccount = d.pop("creator_subaccount", UNSET)

        rfq_creator_subaccount = d.pop("rfq_creator_subaccount", UNSET)

        yes_contracts_fp = d.pop("yes_contracts_fp", UNSET)

        no_contracts_fp = d.pop("no_contracts_fp", UNSET)

        quote = cls(
            id=id,
            rfq_id=rfq_id,
            creator_id=creator_id,
            rfq_creator_id=rfq_creator_id,
            market_ticker=market_ticker,
            contracts_fp=contracts_fp,
            yes_bid_dollars=yes_bid_dollars,
            no_bid_dollars=no_bid_dollars,
            created_ts=created_ts,
            updated_ts=updated_ts,
            status=status,
            accepted_side=accepted_side,
            accepted_ts=accepted_ts,
            confirmed_ts=confirmed_ts,
            executed_ts=executed_ts,
            cancelled_ts=cancelled_ts,
            rest_remainder=rest_remainder,
            post_only=post_only,
            cancellation_reason=cancellation_reason,
            creator_user_id=creator_user_id,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_target_cost_dollars=rfq_target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            rfq_creator_order_id=rfq_creator_order_id,
            creator_order_id=creator_order_id,
            creator_subaccount=creator_subaccount,
            rfq_creator_subaccount=rfq_creator_subaccount,
            yes_contracts_fp=yes_contracts_fp,
            no_contracts_fp=no_contracts_fp,
        )

        quote.additional_properties = d
        return quote

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
