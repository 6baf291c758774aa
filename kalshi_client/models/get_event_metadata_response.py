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
    from ..models.market_metadata import MarketMetadata
    from ..models.settlement_source import SettlementSource


from . import market_metadata as _market_metadata
from . import settlement_source as _settlement_source

_JSON_NAMES: tuple[str, ...] = (
    "image_url",
    "market_details",
    "settlement_sources",
    "featured_image_url",
    "competition",
    "competition_scope",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetEventMetadataResponse")


@_attrs_define
class GetEventMetadataResponse:
    image_url: str
    """ Path of an image for the event. """
    market_details: list[MarketMetadata]
    settlement_sources: list[SettlementSource]
    featured_image_url: str | Unset = UNSET
    """ Path of an image for the featured market. """
    competition: None | str | Unset = UNSET
    competition_scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        market_details = []
        for market_details_item_data in self.market_details:
            market_details_item = market_details_item_data.to_dict()
            market_details.append(market_details_item)

        settlement_sources = []
        for settlement_sources_item_data in self.settlement_sources:
            settlement_sources_item = settlement_sources_item_data.to_dict()
            settlement_sources.append(settlement_sources_item)

        featured_image_url = self.featured_image_url

        competition: None | str | Unset
        if isinstance(self.competition, Unset):
            competition = UNSET
        else:
            competition = self.competition

        competition_scope: None | str | Unset
        if isinstance(self.competition_scope, Unset):
            competition_scope = UNSET
        else:
            competition_scope = self.competition_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "market_details": market_details,
                "settlement_sources": settlement_sources,
            }
        )
        if featured_image_url is not UNSET:
            field_dict["featured_image_url"] = featured_image_url
        if competition is not UNSET:
            field_dict["competition"] = competition
        if competition_scope is not UNSET:
            field_dict["competition_scope"] = competition_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetEventMetadataResponse:
            return as_subclass(cls, GetEventMetadataResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.image_url = (
            value_
            if (value_ := d["image_url"]).__class__ is str
            else _wrong_type(value_)
        )
        market_details = d["market_details"]
        instance_.market_details = (
            []
            if market_details is None
            else [
                _market_metadata.MarketMetadata.from_dict(item)
                for item in market_details
            ]
            if market_details.__class__ is list
            else _wrong_type(market_details)
        )
        settlement_sources = d["settlement_sources"]
        instance_.settlement_sources = (
            []
            if settlement_sources is None
            else [
                _settlement_source.SettlementSource.from_dict(item)
                for item in settlement_sources
            ]
            if settlement_sources.__class__ is list
            else _wrong_type(settlement_sources)
        )
        instance_.featured_image_url = (
            value_
            if (value_ := d.get("featured_image_url", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.competition = (
            value_
            if (value_ := d.get("competition", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.competition_scope = (
            value_
            if (value_ := d.get("competition_scope", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
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
