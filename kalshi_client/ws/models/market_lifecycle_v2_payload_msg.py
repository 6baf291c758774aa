from __future__ import annotations

from collections.abc import Mapping
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

from ..models.lifecycle_price_level_structure import LifecyclePriceLevelStructure
from ..models.market_lifecycle_v2_payload_msg_event_type import (
    MarketLifecycleV2PayloadMsgEventType,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata
    from ..models.market_lifecycle_v2_payload_msg_price_ranges_item import (
        MarketLifecycleV2PayloadMsgPriceRangesItem,
    )


from . import lifecycle_additional_metadata as _lifecycle_additional_metadata
from . import (
    market_lifecycle_v2_payload_msg_price_ranges_item as _market_lifecycle_v2_payload_msg_price_ranges_item,
)

_LifecyclePriceLevelStructure_BY_VALUE = cast(
    "dict[Any, LifecyclePriceLevelStructure]",
    LifecyclePriceLevelStructure._value2member_map_,
)
_MarketLifecycleV2PayloadMsgEventType_BY_VALUE = cast(
    "dict[Any, MarketLifecycleV2PayloadMsgEventType]",
    MarketLifecycleV2PayloadMsgEventType._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "market_ticker",
    "event_type",
    "exchange_index",
    "open_ts",
    "close_ts",
    "determination_ts",
    "settled_ts",
    "result",
    "settlement_value",
    "is_deactivated",
    "additional_metadata",
    "price_level_structure",
    "price_ranges",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_event_type(
    value: MarketLifecycleV2PayloadMsgEventType
    | Literal[
        "created",
        "deactivated",
        "activated",
        "close_date_updated",
        "determined",
        "settled",
        "price_level_structure_updated",
    ],
) -> MarketLifecycleV2PayloadMsgEventType:
    return _enum_member(MarketLifecycleV2PayloadMsgEventType, value, "event_type")


def _to_price_level_structure(
    value: LifecyclePriceLevelStructure
    | Literal[
        "banded_centi_cent",
        "",
        "linear_cent",
        "deci_cent",
        "tapered_deci_cent",
        "center_whole_edge_half_cent",
        "center_whole_edge_quint_cent",
        "center_half_edge_half_cent",
        "center_half_edge_quint_cent",
        "center_half_edge_deci_cent",
        "center_quint_edge_quint_cent",
        "center_quint_edge_deci_cent",
        "center_centi_edge_centi_cent",
        "center_deci_edge_centi_cent",
    ]
    | Unset,
) -> LifecyclePriceLevelStructure | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(LifecyclePriceLevelStructure, value, "price_level_structure")


T = TypeVar("T", bound="MarketLifecycleV2PayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MarketLifecycleV2PayloadMsg:
    """The content of the message."""

    market_ticker: str
    """ The market's ticker. """
    event_type: MarketLifecycleV2PayloadMsgEventType = _attrs_field(
        converter=_to_event_type
    )
    """ What happened. """
    exchange_index: int | Unset = UNSET
    """ Which of the exchange's matching engines handled it. """
    open_ts: int | Unset = UNSET
    """ When trading opens (Unix seconds). """
    close_ts: int | Unset = UNSET
    """ When trading closes (Unix seconds). """
    determination_ts: int | Unset = UNSET
    """ When the outcome was determined (Unix seconds). """
    settled_ts: int | Unset = UNSET
    """ When the market settled (Unix seconds). """
    result: str | Unset = UNSET
    """ The market's outcome once determined. """
    settlement_value: str | Unset = UNSET
    """ The value a yes contract settled at, in dollars. """
    is_deactivated: bool | Unset = UNSET
    """ Whether trading is paused on the market. """
    additional_metadata: LifecycleAdditionalMetadata | Unset = UNSET
    """ Descriptive details sent when a market is created. """
    price_level_structure: LifecyclePriceLevelStructure | Unset = _attrs_field(
        default=UNSET, converter=_to_price_level_structure
    )
    """ The tick structure of the market's prices. """
    price_ranges: list[MarketLifecycleV2PayloadMsgPriceRangesItem] | Unset = UNSET
    """ Price ranges, each with its own tick size. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        event_type = _enum_value(
            MarketLifecycleV2PayloadMsgEventType, self.event_type, "event_type"
        )

        exchange_index = self.exchange_index

        open_ts = self.open_ts

        close_ts = self.close_ts

        determination_ts = self.determination_ts

        settled_ts = self.settled_ts

        result = self.result

        settlement_value = self.settlement_value

        is_deactivated = self.is_deactivated

        additional_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_metadata, Unset):
            additional_metadata = self.additional_metadata.to_dict()

        price_level_structure: str | Unset = UNSET
        if not isinstance(self.price_level_structure, Unset):
            price_level_structure = _enum_value(
                LifecyclePriceLevelStructure,
                self.price_level_structure,
                "price_level_structure",
            )

        price_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_ranges, Unset):
            price_ranges = []
            for price_ranges_item_data in self.price_ranges:
                price_ranges_item = price_ranges_item_data.to_dict()
                price_ranges.append(price_ranges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "event_type": event_type,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if open_ts is not UNSET:
            field_dict["open_ts"] = open_ts
        if close_ts is not UNSET:
            field_dict["close_ts"] = close_ts
        if determination_ts is not UNSET:
            field_dict["determination_ts"] = determination_ts
        if settled_ts is not UNSET:
            field_dict["settled_ts"] = settled_ts
        if result is not UNSET:
            field_dict["result"] = result
        if settlement_value is not UNSET:
            field_dict["settlement_value"] = settlement_value
        if is_deactivated is not UNSET:
            field_dict["is_deactivated"] = is_deactivated
        if additional_metadata is not UNSET:
            field_dict["additional_metadata"] = additional_metadata
        if price_level_structure is not UNSET:
            field_dict["price_level_structure"] = price_level_structure
        if price_ranges is not UNSET:
            field_dict["price_ranges"] = price_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not MarketLifecycleV2PayloadMsg:
            return as_subclass(cls, MarketLifecycleV2PayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.event_type = (
            _MarketLifecycleV2PayloadMsgEventType_BY_VALUE[d["event_type"]]
            if d["event_type"] in _MarketLifecycleV2PayloadMsgEventType_BY_VALUE
            else MarketLifecycleV2PayloadMsgEventType(d["event_type"])
        )
        instance_.exchange_index = (
            value_
            if (value_ := d.get("exchange_index", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.open_ts = (
            value_
            if (value_ := d.get("open_ts", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.close_ts = (
            value_
            if (value_ := d.get("close_ts", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.determination_ts = (
            value_
            if (value_ := d.get("determination_ts", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.settled_ts = (
            value_
            if (value_ := d.get("settled_ts", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.result = (
            value_
            if (value_ := d.get("result", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.settlement_value = (
            value_
            if (value_ := d.get("settlement_value", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.is_deactivated = (
            value_
            if (value_ := d.get("is_deactivated", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        additional_metadata = d.get("additional_metadata")
        instance_.additional_metadata = (
            UNSET
            if additional_metadata is None
            else _lifecycle_additional_metadata.LifecycleAdditionalMetadata.from_dict(
                additional_metadata
            )
        )
        price_level_structure = d.get("price_level_structure", UNSET)
        instance_.price_level_structure = (
            price_level_structure
            if price_level_structure is UNSET
            else (
                _LifecyclePriceLevelStructure_BY_VALUE[price_level_structure]
                if price_level_structure in _LifecyclePriceLevelStructure_BY_VALUE
                else LifecyclePriceLevelStructure(price_level_structure)
            )
        )
        price_ranges = d.get("price_ranges")
        instance_.price_ranges = (
            UNSET
            if price_ranges is None
            else [
                _market_lifecycle_v2_payload_msg_price_ranges_item.MarketLifecycleV2PayloadMsgPriceRangesItem.from_dict(
                    item
                )
                for item in price_ranges
            ]
            if price_ranges.__class__ is list
            else _wrong_type(price_ranges)
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
