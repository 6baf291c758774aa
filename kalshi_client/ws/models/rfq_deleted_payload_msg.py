from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="RfqDeletedPayloadMsg")


@_attrs_define
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
    contracts_fp: str | Unset = UNSET
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    target_cost_dollars: str | Unset = UNSET
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        market_ticker = self.market_ticker

        deleted_ts = self.deleted_ts.isoformat()

        event_ticker = self.event_ticker

        contracts_fp = self.contracts_fp

        target_cost_dollars = self.target_cost_dollars

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
        rfq_deleted_payload_msg = cls(
            d["id"],
            d["creator_id"],
            d["market_ticker"],
            _datetime_fromisoformat(d["deleted_ts"]),
            d.get("event_ticker", UNSET),
            d.get("contracts_fp", UNSET),
            d.get("target_cost_dollars", UNSET),
        )
        if not _KNOWN.issuperset(d):
            rfq_deleted_payload_msg.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return rfq_deleted_payload_msg

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
