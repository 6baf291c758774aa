from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lifecycle_price_level_structure import LifecyclePriceLevelStructure
from ..models.multivariate_market_lifecycle_payload_msg_event_type import (
    MultivariateMarketLifecyclePayloadMsgEventType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata


T = TypeVar("T", bound="MultivariateMarketLifecyclePayloadMsg")


@_attrs_define
class MultivariateMarketLifecyclePayloadMsg:
    """The content of the message."""

    market_ticker: str
    """ A market's ticker. """
    event_type: MultivariateMarketLifecyclePayloadMsgEventType
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
    """ Descriptive details of a market, sent when it is created. """
    price_level_structure: LifecyclePriceLevelStructure | Unset = UNSET
    """ A market's tick structure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        event_type = MultivariateMarketLifecyclePayloadMsgEventType(
            self.event_type
        ).value

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
            price_level_structure = LifecyclePriceLevelStructure(
                self.price_level_structure
            ).value

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("additional_metadata", UNSET) is None:
            del d["additional_metadata"]
        market_ticker = d.pop("market_ticker")

        event_type = MultivariateMarketLifecyclePayloadMsgEventType(d.pop("event_type"))

        exchange_index = d.pop("exchange_index", UNSET)

        open_ts = d.pop("open_ts", UNSET)

        close_ts = d.pop("close_ts", UNSET)

        determination_ts = d.pop("determination_ts", UNSET)

        settled_ts = d.pop("settled_ts", UNSET)

        result = d.pop("result", UNSET)

        settlement_value = d.pop("settlement_value", UNSET)

        is_deactivated = d.pop("is_deactivated", UNSET)

        _additional_metadata = d.pop("additional_metadata", UNSET)
        additional_metadata: LifecycleAdditionalMetadata | Unset
        if isinstance(_additional_metadata, Unset):
            additional_metadata = UNSET
        else:
            additional_metadata = LifecycleAdditionalMetadata.from_dict(
                _additional_metadata
            )

        _price_level_structure = d.pop("price_level_structure", UNSET)
        price_level_structure: LifecyclePriceLevelStructure | Unset
        if isinstance(_price_level_structure, Unset):
            price_level_structure = UNSET
        else:
            price_level_structure = LifecyclePriceLevelStructure(_price_level_structure)

        multivariate_market_lifecycle_payload_msg = cls(
            market_ticker=market_ticker,
            event_type=event_type,
            exchange_index=exchange_index,
            open_ts=open_ts,
            close_ts=close_ts,
            determination_ts=determination_ts,
            settled_ts=settled_ts,
            result=result,
            settlement_value=settlement_value,
            is_deactivated=is_deactivated,
            additional_metadata=additional_metadata,
            price_level_structure=price_level_structure,
        )

        multivariate_market_lifecycle_payload_msg.additional_properties = d
        return multivariate_market_lifecycle_payload_msg

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
