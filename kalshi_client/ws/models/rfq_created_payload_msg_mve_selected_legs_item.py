from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_created_payload_msg_mve_selected_legs_item_side import (
    RfqCreatedPayloadMsgMveSelectedLegsItemSide,
)
from ..types import UNSET, Unset

_RfqCreatedPayloadMsgMveSelectedLegsItemSide_BY_VALUE = cast(
    "dict[Any, RfqCreatedPayloadMsgMveSelectedLegsItemSide]",
    RfqCreatedPayloadMsgMveSelectedLegsItemSide._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "market_ticker",
    "side",
    "yes_settlement_value_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="RfqCreatedPayloadMsgMveSelectedLegsItem")


@_attrs_define
class RfqCreatedPayloadMsgMveSelectedLegsItem:
    event_ticker: str
    """ The event's ticker. """
    market_ticker: str
    """ The market's ticker. """
    side: RfqCreatedPayloadMsgMveSelectedLegsItemSide
    """ Which side of the market (yes or no). """
    yes_settlement_value_dollars: str | Unset = UNSET
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side = RfqCreatedPayloadMsgMveSelectedLegsItemSide(self.side).value

        yes_settlement_value_dollars = self.yes_settlement_value_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "market_ticker": market_ticker,
                "side": side,
            }
        )
        if yes_settlement_value_dollars is not UNSET:
            field_dict["yes_settlement_value_dollars"] = yes_settlement_value_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rfq_created_payload_msg_mve_selected_legs_item = cls(
            d["event_ticker"],
            d["market_ticker"],
            (
                _RfqCreatedPayloadMsgMveSelectedLegsItemSide_BY_VALUE.get(d["side"])
                or RfqCreatedPayloadMsgMveSelectedLegsItemSide(d["side"])
            ),
            d.get("yes_settlement_value_dollars", UNSET),
        )
        if not _KNOWN.issuperset(d):
            rfq_created_payload_msg_mve_selected_legs_item.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return rfq_created_payload_msg_mve_selected_legs_item

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
