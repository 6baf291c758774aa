from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.ticker_pair import TickerPair


from . import ticker_pair as _ticker_pair

_JSON_NAMES: tuple[str, ...] = (
    "selected_markets",
    "with_market_payload",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CreateMarketInMultivariateEventCollectionRequest")


@_attrs_define
class CreateMarketInMultivariateEventCollectionRequest:
    selected_markets: list[TickerPair]
    """ The chosen markets and sides that define the new market. """
    with_market_payload: bool | Unset = UNSET
    """ Also return the full market. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_markets = []
        for selected_markets_item_data in self.selected_markets:
            selected_markets_item = selected_markets_item_data.to_dict()
            selected_markets.append(selected_markets_item)

        with_market_payload = self.with_market_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selected_markets": selected_markets,
            }
        )
        if with_market_payload is not UNSET:
            field_dict["with_market_payload"] = with_market_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CreateMarketInMultivariateEventCollectionRequest:
            return as_subclass(
                cls, CreateMarketInMultivariateEventCollectionRequest.from_dict(d)
            )
        instance_ = _new(cls)
        selected_markets = d["selected_markets"]
        instance_.selected_markets = (
            []
            if selected_markets is None
            else [_ticker_pair.TickerPair.from_dict(item) for item in selected_markets]
            if selected_markets.__class__ is list
            else _wrong_type(selected_markets)
        )
        instance_.with_market_payload = (
            value_
            if (value_ := d.get("with_market_payload", UNSET)) is True
            or value_ is False
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
