from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.ticker_pair_side import TickerPairSide
from ..types import as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_TickerPairSide_BY_VALUE = cast(
    "dict[Any, TickerPairSide]", TickerPairSide._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "market_ticker",
    "event_ticker",
    "side",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_side(value: TickerPairSide | Literal["yes", "no"]) -> TickerPairSide:
    return _enum_member(TickerPairSide, value, "side")


T = TypeVar("T", bound="TickerPair")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TickerPair:
    market_ticker: str
    event_ticker: str
    side: TickerPairSide = _attrs_field(converter=_to_side)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        side = _enum_value(TickerPairSide, self.side, "side")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "event_ticker": event_ticker,
                "side": side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not TickerPair:
            return as_subclass(cls, TickerPair.from_dict(d))
        instance_ = _new(cls)
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.side = (
            _TickerPairSide_BY_VALUE[d["side"]]
            if d["side"] in _TickerPairSide_BY_VALUE
            else TickerPairSide(d["side"])
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
