from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_status import RFQStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg


from . import mve_selected_leg as _mve_selected_leg

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_RFQStatus_BY_VALUE = cast("dict[Any, RFQStatus]", RFQStatus._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "creator_id",
    "market_ticker",
    "contracts_fp",
    "status",
    "created_ts",
    "target_cost_dollars",
    "target_cost_excludes_fees",
    "mve_collection_ticker",
    "mve_selected_legs",
    "rest_remainder",
    "cancellation_reason",
    "creator_user_id",
    "creator_subaccount",
    "cancelled_ts",
    "updated_ts",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="RFQ")


@_attrs_define
class RFQ:
    id: str
    """ Id (a UUID) of the RFQ; keep the string exactly as it is. """
    creator_id: str
    """ Public communications id of the creator; "0" for other users when the creator chose to hide it. """
    market_ticker: str
    contracts_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    status: RFQStatus
    created_ts: datetime.datetime
    target_cost_dollars: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    target_cost_excludes_fees: bool | Unset = UNSET
    """ True when the target cost is principal only, with taker fees charged on top. """
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    """ Whether what is left after execution should rest on the book. """
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    """ User id of the creator (only shown to the creator). """
    creator_subaccount: int | Unset = UNSET
    """ Subaccount of the creator (only shown to the creator). """
    cancelled_ts: datetime.datetime | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        market_ticker = self.market_ticker

        contracts_fp = self.contracts_fp

        status = RFQStatus(self.status).value

        created_ts = self.created_ts.isoformat()

        target_cost_dollars = self.target_cost_dollars

        target_cost_excludes_fees = self.target_cost_excludes_fees

        mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

        rest_remainder = self.rest_remainder

        cancellation_reason = self.cancellation_reason

        creator_user_id = self.creator_user_id

        creator_subaccount = self.creator_subaccount

        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creator_id": creator_id,
                "market_ticker": market_ticker,
                "contracts_fp": contracts_fp,
                "status": status,
                "created_ts": created_ts,
            }
        )
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        mve_selected_legs = d.get("mve_selected_legs")
        mve_selected_legs = (
            UNSET
            if mve_selected_legs is None
            else [
                _mve_selected_leg.MveSelectedLeg.from_dict(item)
                for item in mve_selected_legs
            ]
        )
        cancelled_ts = d.get("cancelled_ts", UNSET)
        if cancelled_ts is not UNSET:
            cancelled_ts = _datetime_fromisoformat(cancelled_ts)
        updated_ts = d.get("updated_ts", UNSET)
        if updated_ts is not UNSET:
            updated_ts = _datetime_fromisoformat(updated_ts)
        rfq = cls(
            d["id"],
            d["creator_id"],
            d["market_ticker"],
            d["contracts_fp"],
            (_RFQStatus_BY_VALUE.get(d["status"]) or RFQStatus(d["status"])),
            _datetime_fromisoformat(d["created_ts"]),
            d.get("target_cost_dollars", UNSET),
            d.get("target_cost_excludes_fees", UNSET),
            d.get("mve_collection_ticker", UNSET),
            mve_selected_legs,
            d.get("rest_remainder", UNSET),
            d.get("cancellation_reason", UNSET),
            d.get("creator_user_id", UNSET),
            d.get("creator_subaccount", UNSET),
            cancelled_ts,
            updated_ts,
        )
        if not _KNOWN.issuperset(d):
            rfq.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return rfq

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
