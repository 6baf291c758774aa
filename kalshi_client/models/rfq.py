from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
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

from ..models.rfq_status import RFQStatus
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

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
_new = object.__new__


def _to_status(value: RFQStatus | Literal["open", "closed"]) -> RFQStatus:
    return _enum_member(RFQStatus, value, "status")


T = TypeVar("T", bound="RFQ")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class RFQ:
    id: str
    """ Id (a UUID) of the RFQ; keep the string exactly as it is. """
    creator_id: str
    """ Public communications id of the creator; "0" for other users when the creator chose to hide it. """
    market_ticker: str
    contracts_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    status: RFQStatus = _attrs_field(converter=_to_status)
    created_ts: datetime.datetime
    target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
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

        contracts_fp = _money_text(self.contracts_fp)

        status = _enum_value(RFQStatus, self.status, "status")

        created_ts = self.created_ts.isoformat()

        target_cost_dollars: str | Unset = UNSET
        if not isinstance(self.target_cost_dollars, Unset):
            target_cost_dollars = _money_text(self.target_cost_dollars)

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not RFQ:
            return as_subclass(cls, RFQ.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.creator_id = (
            value_
            if (value_ := d["creator_id"]).__class__ is str
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
        instance_.status = (
            _RFQStatus_BY_VALUE[d["status"]]
            if d["status"] in _RFQStatus_BY_VALUE
            else RFQStatus(d["status"])
        )
        instance_.created_ts = _datetime_fromisoformat(d["created_ts"])
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
        instance_.mve_collection_ticker = (
            value_
            if (value_ := d.get("mve_collection_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        mve_selected_legs = d.get("mve_selected_legs")
        instance_.mve_selected_legs = (
            UNSET
            if mve_selected_legs is None
            else [
                _mve_selected_leg.MveSelectedLeg.from_dict(item)
                for item in mve_selected_legs
            ]
            if mve_selected_legs.__class__ is list
            else _wrong_type(mve_selected_legs)
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
        instance_.creator_subaccount = (
            value_
            if (value_ := d.get("creator_subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        cancelled_ts = d.get("cancelled_ts", UNSET)
        instance_.cancelled_ts = (
            cancelled_ts
            if cancelled_ts is UNSET
            else _datetime_fromisoformat(cancelled_ts)
        )
        updated_ts = d.get("updated_ts", UNSET)
        instance_.updated_ts = (
            updated_ts if updated_ts is UNSET else _datetime_fromisoformat(updated_ts)
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
