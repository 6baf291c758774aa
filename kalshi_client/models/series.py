from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
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
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.fee_type import FeeType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
    from ..models.settlement_source import SettlementSource


from . import series_product_metadata_type_0 as _series_product_metadata_type_0
from . import settlement_source as _settlement_source

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_FeeType_BY_VALUE = cast("dict[Any, FeeType]", FeeType._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "frequency",
    "title",
    "category",
    "tags",
    "settlement_sources",
    "contract_url",
    "contract_terms_url",
    "fee_type",
    "fee_multiplier",
    "additional_prohibitions",
    "categories",
    "product_metadata",
    "volume_fp",
    "last_updated_ts",
    "exchange_index",
    "scope",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_fee_type(
    value: FeeType
    | Literal[
        "quadratic",
        "quadratic_with_maker_fees",
        "quadratic_with_combo_maker_fees",
        "flat",
    ],
) -> FeeType:
    return _enum_member(FeeType, value, "fee_type")


T = TypeVar("T", bound="Series")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Series:
    """A series: the template a family of recurring events follows.

    Example:
        {'ticker': 'KXHIGHNY', 'frequency': 'daily', 'title': 'Highest temperature in NYC', 'category': 'Climate and
            Weather', 'categories': ['Climate and Weather'], 'tags': ['Weather', 'New York'], 'settlement_sources':
            [{'name': 'National Weather Service', 'url': 'https://www.weather.gov/wrh/climate?wfo=okx'}], 'contract_url':
            'https://kalshi.com/regulatory/filings/KXHIGHNY.pdf', 'contract_terms_url':
            'https://kalshi.com/regulatory/terms/KXHIGHNY.pdf', 'fee_type': 'quadratic', 'fee_multiplier': 1,
            'additional_prohibitions': [], 'volume_fp': '2541830.00', 'last_updated_ts': '2026-11-02T14:08:53.118204Z',
            'exchange_index': 0}

    """

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
    fee_type: FeeType = _attrs_field(converter=_to_fee_type)
    """ Fee structure of the series. """
    fee_multiplier: float
    """ Multiplier applied in fee calculations. """
    additional_prohibitions: list[str] | None
    """ Extra trading restrictions for the series. """
    categories: list[str] | Unset = UNSET
    """ All categories the series is listed under; the category filter of GetSeriesList matches any of them. """
    product_metadata: None | SeriesProductMetadataType0 | Unset = UNSET
    volume_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=_optional_money)
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

        fee_type = _enum_value(FeeType, self.fee_type, "fee_type")

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

        volume_fp: str | Unset = UNSET
        if not isinstance(self.volume_fp, Unset):
            volume_fp = _money_text(self.volume_fp)

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
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Series:
            return as_subclass(cls, Series.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.frequency = (
            value_
            if (value_ := d["frequency"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.title = (
            value_ if (value_ := d["title"]).__class__ is str else _wrong_type(value_)
        )
        instance_.category = (
            value_
            if (value_ := d["category"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.tags = (
            value_
            if (value_ := d["tags"]).__class__ is list or value_ is None
            else _wrong_type(value_)
        )
        settlement_sources = d["settlement_sources"]
        instance_.settlement_sources = (
            settlement_sources
            if settlement_sources is None
            else [
                _settlement_source.SettlementSource.from_dict(item)
                for item in settlement_sources
            ]
        )
        instance_.contract_url = (
            value_
            if (value_ := d["contract_url"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.contract_terms_url = (
            value_
            if (value_ := d["contract_terms_url"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.fee_type = (
            _FeeType_BY_VALUE[d["fee_type"]]
            if d["fee_type"] in _FeeType_BY_VALUE
            else FeeType(d["fee_type"])
        )
        instance_.fee_multiplier = (
            value_
            if (value_ := d["fee_multiplier"]).__class__ is float
            or value_.__class__ is int
            else _wrong_type(value_)
        )
        instance_.additional_prohibitions = (
            value_
            if (value_ := d["additional_prohibitions"]).__class__ is list
            or value_ is None
            else _wrong_type(value_)
        )
        categories = d.get("categories")
        instance_.categories = (
            UNSET
            if categories is None
            else categories
            if categories.__class__ is list
            else _wrong_type(categories)
        )
        product_metadata = d.get("product_metadata", UNSET)
        instance_.product_metadata = (
            product_metadata
            if product_metadata is None or product_metadata is UNSET
            else _series_product_metadata_type_0.SeriesProductMetadataType0.from_dict(
                product_metadata
            )
        )
        volume_fp = d.get("volume_fp")
        instance_.volume_fp = (
            UNSET
            if volume_fp is None
            else _decimals[volume_fp]
            if volume_fp in _decimals
            else _decimal(volume_fp)
        )
        last_updated_ts = d.get("last_updated_ts", UNSET)
        instance_.last_updated_ts = (
            last_updated_ts
            if last_updated_ts is UNSET
            else _datetime_fromisoformat(last_updated_ts)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d.get("exchange_index", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.scope = (
            value_
            if (value_ := d.get("scope", UNSET)).__class__ is str or value_ is UNSET
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
