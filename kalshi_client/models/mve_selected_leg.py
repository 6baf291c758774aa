from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "market_ticker",
    "side",
    "yes_settlement_value_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="MveSelectedLeg")


@_attrs_define
class MveSelectedLeg:
    event_ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: str | Unset = UNSET
    """ Side of the chosen market. """
    yes_settlement_value_dollars: None | str | Unset = UNSET
    """ What the yes side settled at, in dollars; only set once determined. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side = self.side

        yes_settlement_value_dollars: None | str | Unset
        if isinstance(self.yes_settlement_value_dollars, Unset):
            yes_settlement_value_dollars = UNSET
        else:
            yes_settlement_value_dollars = self.yes_settlement_value_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if side is not UNSET:
            field_dict["side"] = side
        if yes_settlement_value_dollars is not UNSET:
            field_dict["yes_settlement_value_dollars"] = yes_settlement_value_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        mve_selected_leg = cls(
            d.get("event_ticker", UNSET),
            d.get("market_ticker", UNSET),
            d.get("side", UNSET),
            d.get("yes_settlement_value_dollars", UNSET),
        )
        if not _KNOWN.issuperset(d):
            mve_selected_leg.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return mve_selected_leg

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
