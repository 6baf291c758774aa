from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "total_cost_dollars",
    "total_cost_shares_fp",
    "event_exposure_dollars",
    "realized_pnl_dollars",
    "fees_paid_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="EventPosition")


@_attrs_define
class EventPosition:
    """
    Example:
        {'event_ticker': 'KXHIGHNY-26NOV30', 'total_cost_dollars': '2.2000', 'total_cost_shares_fp': '4.00',
            'event_exposure_dollars': '2.2000', 'realized_pnl_dollars': '0.0000', 'fees_paid_dollars': '0.0700'}

    """

    event_ticker: str
    total_cost_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    total_cost_shares_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    event_exposure_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    realized_pnl_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    fees_paid_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        total_cost_dollars = self.total_cost_dollars

        total_cost_shares_fp = self.total_cost_shares_fp

        event_exposure_dollars = self.event_exposure_dollars

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid_dollars = self.fees_paid_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "total_cost_dollars": total_cost_dollars,
                "total_cost_shares_fp": total_cost_shares_fp,
                "event_exposure_dollars": event_exposure_dollars,
                "realized_pnl_dollars": realized_pnl_dollars,
                "fees_paid_dollars": fees_paid_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_position = cls(
            d["event_ticker"],
            d["total_cost_dollars"],
            d["total_cost_shares_fp"],
            d["event_exposure_dollars"],
            d["realized_pnl_dollars"],
            d["fees_paid_dollars"],
        )
        if not _KNOWN.issuperset(d):
            event_position.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return event_position

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
