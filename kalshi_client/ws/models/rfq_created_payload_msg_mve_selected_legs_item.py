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
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.rfq_created_payload_msg_mve_selected_legs_item_side import (
    RfqCreatedPayloadMsgMveSelectedLegsItemSide,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

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
_new = object.__new__


def _to_side(
    value: RfqCreatedPayloadMsgMveSelectedLegsItemSide | Literal["yes", "no"],
) -> RfqCreatedPayloadMsgMveSelectedLegsItemSide:
    return _enum_member(RfqCreatedPayloadMsgMveSelectedLegsItemSide, value, "side")


T = TypeVar("T", bound="RfqCreatedPayloadMsgMveSelectedLegsItem")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class RfqCreatedPayloadMsgMveSelectedLegsItem:
    event_ticker: str
    """ The event's ticker. """
    market_ticker: str
    """ The market's ticker. """
    side: RfqCreatedPayloadMsgMveSelectedLegsItemSide = _attrs_field(converter=_to_side)
    """ Which side of the market (yes or no). """
    yes_settlement_value_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side = _enum_value(
            RfqCreatedPayloadMsgMveSelectedLegsItemSide, self.side, "side"
        )

        yes_settlement_value_dollars: str | Unset = UNSET
        if not isinstance(self.yes_settlement_value_dollars, Unset):
            yes_settlement_value_dollars = _money_text(
                self.yes_settlement_value_dollars
            )

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not RfqCreatedPayloadMsgMveSelectedLegsItem:
            return as_subclass(
                cls, RfqCreatedPayloadMsgMveSelectedLegsItem.from_dict(d)
            )
        instance_ = _new(cls)
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.side = (
            _RfqCreatedPayloadMsgMveSelectedLegsItemSide_BY_VALUE[d["side"]]
            if d["side"] in _RfqCreatedPayloadMsgMveSelectedLegsItemSide_BY_VALUE
            else RfqCreatedPayloadMsgMveSelectedLegsItemSide(d["side"])
        )
        yes_settlement_value_dollars = d.get("yes_settlement_value_dollars")
        instance_.yes_settlement_value_dollars = (
            UNSET
            if yes_settlement_value_dollars is None
            else _decimals[yes_settlement_value_dollars]
            if yes_settlement_value_dollars in _decimals
            else _decimal(yes_settlement_value_dollars)
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
