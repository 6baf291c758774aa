from __future__ import annotations

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
from kalshi_auth._money import optional_nullable_money as _optional_nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "market_ticker",
    "side",
    "yes_settlement_value_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="MveSelectedLeg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MveSelectedLeg:
    event_ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: str | Unset = UNSET
    """ Side of the chosen market. """
    yes_settlement_value_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ What the yes side settled at, in dollars; only set once determined. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side = self.side

        yes_settlement_value_dollars: None | str | Unset = (
            self.yes_settlement_value_dollars
            if self.yes_settlement_value_dollars is None
            or isinstance(self.yes_settlement_value_dollars, Unset)
            else _money_text(self.yes_settlement_value_dollars)
        )

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not MveSelectedLeg:
            return as_subclass(cls, MveSelectedLeg.from_dict(d))
        instance_ = _new(cls)
        instance_.event_ticker = (
            value_
            if (value_ := d.get("event_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d.get("market_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.side = (
            value_
            if (value_ := d.get("side", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        yes_settlement_value_dollars = d.get("yes_settlement_value_dollars", UNSET)
        instance_.yes_settlement_value_dollars = (
            yes_settlement_value_dollars
            if yes_settlement_value_dollars is None
            or yes_settlement_value_dollars is UNSET
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
