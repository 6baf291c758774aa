from __future__ import annotations

import datetime
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

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "creator_id",
    "market_ticker",
    "deleted_ts",
    "event_ticker",
    "contracts_fp",
    "target_cost_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="RfqDeletedPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class RfqDeletedPayloadMsg:
    """The content of the message."""

    id: str
    """ The number the client chose for its command; an answer carries it back. 0 stands for none. """
    creator_id: str
    """ Who created it. """
    market_ticker: str
    """ The market's ticker. """
    deleted_ts: datetime.datetime
    """ When it was deleted. """
    event_ticker: str | Unset = UNSET
    """ The event's ticker. """
    contracts_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        market_ticker = self.market_ticker

        deleted_ts = self.deleted_ts.isoformat()

        event_ticker = self.event_ticker

        contracts_fp: str | Unset = UNSET
        if not isinstance(self.contracts_fp, Unset):
            contracts_fp = _money_text(self.contracts_fp)

        target_cost_dollars: str | Unset = UNSET
        if not isinstance(self.target_cost_dollars, Unset):
            target_cost_dollars = _money_text(self.target_cost_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creator_id": creator_id,
                "market_ticker": market_ticker,
                "deleted_ts": deleted_ts,
            }
        )
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not RfqDeletedPayloadMsg:
            return as_subclass(cls, RfqDeletedPayloadMsg.from_dict(d))
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
        instance_.deleted_ts = _datetime_fromisoformat(d["deleted_ts"])
        instance_.event_ticker = (
            value_
            if (value_ := d.get("event_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        contracts_fp = d.get("contracts_fp")
        instance_.contracts_fp = (
            UNSET
            if contracts_fp is None
            else _decimals[contracts_fp]
            if contracts_fp in _decimals
            else _decimal(contracts_fp)
        )
        target_cost_dollars = d.get("target_cost_dollars")
        instance_.target_cost_dollars = (
            UNSET
            if target_cost_dollars is None
            else _decimals[target_cost_dollars]
            if target_cost_dollars in _decimals
            else _decimal(target_cost_dollars)
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
