from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.market_metadata_updated_payload_msg_custom_strike import (
        MarketMetadataUpdatedPayloadMsgCustomStrike,
    )


from . import (
    market_metadata_updated_payload_msg_custom_strike as _market_metadata_updated_payload_msg_custom_strike,
)

_JSON_NAMES: tuple[str, ...] = (
    "event_type",
    "market_ticker",
    "strike_type",
    "floor_strike",
    "cap_strike",
    "custom_strike",
    "yes_sub_title",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="MarketMetadataUpdatedPayloadMsg")


@_attrs_define
class MarketMetadataUpdatedPayloadMsg:
    """The content of the message."""

    event_type: Literal["metadata_updated"]
    """ What happened. """
    market_ticker: str
    """ The market's ticker. """
    strike_type: str | Unset = UNSET
    """ How the strike is defined. """
    floor_strike: float | Unset = UNSET
    """ Lower strike. """
    cap_strike: float | Unset = UNSET
    """ Upper strike. """
    custom_strike: MarketMetadataUpdatedPayloadMsgCustomStrike | Unset = UNSET
    """ Strike details of custom markets. """
    yes_sub_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        market_ticker = self.market_ticker

        strike_type = self.strike_type

        floor_strike = self.floor_strike

        cap_strike = self.cap_strike

        custom_strike: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_strike, Unset):
            custom_strike = self.custom_strike.to_dict()

        yes_sub_title = self.yes_sub_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "market_ticker": market_ticker,
            }
        )
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        if yes_sub_title is not UNSET:
            field_dict["yes_sub_title"] = yes_sub_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not MarketMetadataUpdatedPayloadMsg:
            return as_subclass(cls, MarketMetadataUpdatedPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.event_type = d["event_type"]
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.strike_type = (
            value_
            if (value_ := d.get("strike_type", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.floor_strike = (
            value_
            if (value_ := d.get("floor_strike", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.cap_strike = (
            value_
            if (value_ := d.get("cap_strike", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        custom_strike = d.get("custom_strike")
        instance_.custom_strike = (
            UNSET
            if custom_strike is None
            else _market_metadata_updated_payload_msg_custom_strike.MarketMetadataUpdatedPayloadMsgCustomStrike.from_dict(
                custom_strike
            )
        )
        instance_.yes_sub_title = (
            value_
            if (value_ := d.get("yes_sub_title", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
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
