from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="Series")


@_attrs_define
class Series:
    """A series: the template a family of recurring events follows."""

    ticker: str
    frequency: str
    """ How often the series recurs, in words (e.g. weekly). """
    title: str
    category: str
    """ Main category of the series. """
    tags: list[str] | None
    """ Subjects the series is about. """
    settlement_sources: list[SettlementSource] | None
    contract_url: str
    """ Link to the original filing of the contract behind the series. """
    contract_terms_url: str
    """ Link to the current terms of the contract behind the series. """
    fee_type: FeeType
    """ How fees are worked out, for a series or for an event that overrides its series. """
    fee_multiplier: float
    """ Multiplier applied in fee calculations. """
    additional_prohibitions: list[str] | None
    """ Extra trading restrictions for the series. """
    categories: list[str] | Unset = UNSET
    """ All categories the series is listed under; the category filter of GetSeriesList matches any of them. """
    product_metadata: None | SeriesProductMetadataType0 | Unset = UNSET
    volume_fp: str | Unset = UNSET
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    last_updated_ts: datetime.datetime | Unset = UNSET
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    scope: str | Unset = UNSET
    """ For a sports series, what its markets are about (e.g. Game, Spread). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0  # noqa: PLC0415

        ticker = self.ticker

        frequency = self.frequency

        title = self.title

        category = self.category

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        settlement_sources: list[dict[str, Any]] | None
        if isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = (
                    settlement_sources_type_0_item_data.to_dict()
                )
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources

        contract_url = self.contract_url

        contract_terms_url = self.contract_terms_url

        fee_type = FeeType(self.fee_type).value

        fee_multiplier = self.fee_multiplier

        additional_prohibitions: list[str] | None
        if isinstance(self.additional_prohibitions, list):
            additional_prohibitions = self.additional_prohibitions

        else:
            additional_prohibitions = self.additional_prohibitions

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        product_metadata: dict[str, Any] | None | Unset
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, SeriesProductMetadataType0):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        volume_fp = self.volume_fp

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        exchange_index = self.exchange_index

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "frequency": frequency,
                "title": title,
                "category": category,
                "tags": tags,
                "settlement_sources": settlement_sources,
                "contract_url": contract_url,
                "contract_terms_url": contract_terms_url,
                "fee_type": fee_type,
                "fee_multiplier": fee_multiplier,
                "additional_prohibitions": additional_prohibitions,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0  # noqa: PLC0415
        from ..models.settlement_source import SettlementSource  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("categories", UNSET) is None:
            del d["categories"]
        ticker = d.pop("ticker")

        frequency = d.pop("frequency")

        title = d.pop("title")

        category = d.pop("category")

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        tags = _parse_tags(d.pop("tags"))

        def _parse_settlement_sources(data: object) -> list[SettlementSource] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                settlement_sources_type_0 = []
                _settlement_sources_type_0 = data
                for settlement_sources_type_0_item_data in _settlement_sources_type_0:
                    settlement_sources_type_0_item = SettlementSource.from_dict(
                        settlement_sources_type_0_item_data
                    )

                    settlement_sources_type_0.append(settlement_sources_type_0_item)

                return settlement_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SettlementSource] | None, data)

        settlement_sources = _parse_settlement_sources(d.pop("settlement_sources"))

        contract_url = d.pop("contract_url")

        contract_terms_url = d.pop("contract_terms_url")

        fee_type = FeeType(d.pop("fee_type"))

        fee_multiplier = d.pop("fee_multiplier")

        def _parse_additional_prohibitions(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_prohibitions_type_0 = cast(list[str], data)

                return additional_prohibitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        additional_prohibitions = _parse_additional_prohibitions(
            d.pop("additional_prohibitions")
        )

        categories = cast(list[str], d.pop("categories", UNSET))

        def _parse_product_metadata(
            data: object,
        ) -> None | SeriesProductMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_metadata_type_0 = SeriesProductMetadataType0.from_dict(data)

                return product_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeriesProductMetadataType0 | Unset, data)

        product_metadata = _parse_product_metadata(d.pop("product_metadata", UNSET))

        volume_fp = d.pop("volume_fp", UNSET)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        exchange_index = d.pop("exchange_index", UNSET)

        scope = d.pop("scope", UNSET)

        series = cls(
            ticker=ticker,
            frequency=frequency,
            title=title,
            category=category,
            tags=tags,
            settlement_sources=settlement_sources,
            contract_url=contract_url,
            contract_terms_url=contract_terms_url,
            fee_type=fee_type,
            fee_multiplier=fee_multiplier,
            additional_prohibitions=additional_prohibitions,
            categories=categories,
            product_metadata=product_metadata,
            volume_fp=volume_fp,
            last_updated_ts=last_updated_ts,
            exchange_index=exchange_index,
            scope=scope,
        )

        series.additional_properties = d
        return series

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
