from __future__ import annotations

import datetime
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
    from ..models.event_data_product_metadata_type_0 import (
        EventDataProductMetadataType0,
    )
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource


from . import event_data_product_metadata_type_0 as _event_data_product_metadata_type_0
from . import market as _market
from . import settlement_source as _settlement_source

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "series_ticker",
    "sub_title",
    "title",
    "collateral_return_type",
    "mutually_exclusive",
    "category",
    "strike_date",
    "strike_period",
    "markets",
    "product_metadata",
    "settlement_sources",
    "last_updated_ts",
    "fee_type_override",
    "fee_multiplier_override",
    "exchange_index",
    "available_on_brokers",
    "competition",
    "competition_scope",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="EventData")


@_attrs_define
class EventData:
    """An event: a real-world happening that one or more markets are about.

    Example:
        {'event_ticker': 'KXHIGHNY-26NOV30', 'series_ticker': 'KXHIGHNY', 'sub_title': 'On Nov 30, 2026', 'title':
            'Highest temperature in NYC on Nov 30, 2026?', 'collateral_return_type': 'MECNET', 'mutually_exclusive': True,
            'strike_date': '2026-12-01T04:59:00Z', 'strike_period': None, 'settlement_sources': [{'name': 'National Weather
            Service', 'url': 'https://www.weather.gov/wrh/climate?wfo=okx'}], 'last_updated_ts':
            '2026-11-27T18:32:11.482915Z', 'exchange_index': 0, 'available_on_brokers': True}

    """

    event_ticker: str
    series_ticker: str
    sub_title: str
    title: str
    collateral_return_type: str
    """ How collateral is netted across the event's markets: MECNET (mutually exclusive), DIRECNET (directional), or
    empty. """
    mutually_exclusive: bool
    """ True when collateral_return_type is MECNET, i.e. at most one market can settle yes. """
    category: str | Unset = UNSET
    """ Deprecated; use the series' category. """
    strike_date: datetime.datetime | None | Unset = UNSET
    """ The date the event is about, for events with a date strike. """
    strike_period: None | str | Unset = UNSET
    """ The period the event covers (e.g. week), for events with a period strike. """
    markets: list[Market] | Unset = UNSET
    """ The event's markets; only with with_nested_markets=true. """
    product_metadata: EventDataProductMetadataType0 | None | Unset = UNSET
    settlement_sources: list[SettlementSource] | None | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    fee_type_override: None | str | Unset = UNSET
    """ Fee type for this event's markets, in place of the series' fee. """
    fee_multiplier_override: float | None | Unset = UNSET
    """ Fee multiplier that goes with fee_type_override. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    available_on_brokers: bool | Unset = UNSET
    """ True when the event can also be traded through brokers that offer Kalshi's markets. """
    competition: str | Unset = UNSET
    """ For a sports event, the competition it belongs to (e.g. Pro Football). """
    competition_scope: str | Unset = UNSET
    """ For a sports event, what its markets are about within the competition (e.g. Game, Spread). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_data_product_metadata_type_0 import (
            EventDataProductMetadataType0,  # noqa: PLC0415
        )

        event_ticker = self.event_ticker

        series_ticker = self.series_ticker

        sub_title = self.sub_title

        title = self.title

        collateral_return_type = self.collateral_return_type

        mutually_exclusive = self.mutually_exclusive

        category = self.category

        strike_date: None | str | Unset
        if isinstance(self.strike_date, Unset):
            strike_date = UNSET
        elif isinstance(self.strike_date, datetime.datetime):
            strike_date = self.strike_date.isoformat()
        else:
            strike_date = self.strike_date

        strike_period: None | str | Unset
        if isinstance(self.strike_period, Unset):
            strike_period = UNSET
        else:
            strike_period = self.strike_period

        markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markets, Unset):
            markets = []
            for markets_item_data in self.markets:
                markets_item = markets_item_data.to_dict()
                markets.append(markets_item)

        product_metadata: dict[str, Any] | None | Unset
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, EventDataProductMetadataType0):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        settlement_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.settlement_sources, Unset):
            settlement_sources = UNSET
        elif isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = (
                    settlement_sources_type_0_item_data.to_dict()
                )
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        fee_type_override: None | str | Unset
        if isinstance(self.fee_type_override, Unset):
            fee_type_override = UNSET
        else:
            fee_type_override = self.fee_type_override

        fee_multiplier_override: float | None | Unset
        if isinstance(self.fee_multiplier_override, Unset):
            fee_multiplier_override = UNSET
        else:
            fee_multiplier_override = self.fee_multiplier_override

        exchange_index = self.exchange_index

        available_on_brokers = self.available_on_brokers

        competition = self.competition

        competition_scope = self.competition_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "series_ticker": series_ticker,
                "sub_title": sub_title,
                "title": title,
                "collateral_return_type": collateral_return_type,
                "mutually_exclusive": mutually_exclusive,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period
        if markets is not UNSET:
            field_dict["markets"] = markets
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if settlement_sources is not UNSET:
            field_dict["settlement_sources"] = settlement_sources
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if fee_type_override is not UNSET:
            field_dict["fee_type_override"] = fee_type_override
        if fee_multiplier_override is not UNSET:
            field_dict["fee_multiplier_override"] = fee_multiplier_override
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if available_on_brokers is not UNSET:
            field_dict["available_on_brokers"] = available_on_brokers
        if competition is not UNSET:
            field_dict["competition"] = competition
        if competition_scope is not UNSET:
            field_dict["competition_scope"] = competition_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not EventData:
            return as_subclass(cls, EventData.from_dict(d))
        instance_ = _new(cls)
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.series_ticker = (
            value_
            if (value_ := d["series_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.sub_title = (
            value_
            if (value_ := d["sub_title"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.title = (
            value_ if (value_ := d["title"]).__class__ is str else _wrong_type(value_)
        )
        instance_.collateral_return_type = (
            value_
            if (value_ := d["collateral_return_type"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.mutually_exclusive = (
            value_
            if (value_ := d["mutually_exclusive"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.category = (
            value_
            if (value_ := d.get("category", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        strike_date = d.get("strike_date", UNSET)
        instance_.strike_date = (
            strike_date
            if strike_date is None or strike_date is UNSET
            else _datetime_fromisoformat(strike_date)
        )
        instance_.strike_period = (
            value_
            if (value_ := d.get("strike_period", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        markets = d.get("markets")
        instance_.markets = (
            UNSET
            if markets is None
            else [_market.Market.from_dict(item) for item in markets]
            if markets.__class__ is list
            else _wrong_type(markets)
        )
        product_metadata = d.get("product_metadata", UNSET)
        instance_.product_metadata = (
            product_metadata
            if product_metadata is None or product_metadata is UNSET
            else _event_data_product_metadata_type_0.EventDataProductMetadataType0.from_dict(
                product_metadata
            )
        )
        settlement_sources = d.get("settlement_sources", UNSET)
        instance_.settlement_sources = (
            settlement_sources
            if settlement_sources is None or settlement_sources is UNSET
            else [
                _settlement_source.SettlementSource.from_dict(item)
                for item in settlement_sources
            ]
        )
        last_updated_ts = d.get("last_updated_ts", UNSET)
        instance_.last_updated_ts = (
            last_updated_ts
            if last_updated_ts is UNSET
            else _datetime_fromisoformat(last_updated_ts)
        )
        instance_.fee_type_override = (
            value_
            if (value_ := d.get("fee_type_override", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.fee_multiplier_override = (
            value_
            if (value_ := d.get("fee_multiplier_override", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d.get("exchange_index", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.available_on_brokers = (
            value_
            if (value_ := d.get("available_on_brokers", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.competition = (
            value_
            if (value_ := d.get("competition", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.competition_scope = (
            value_
            if (value_ := d.get("competition_scope", UNSET)).__class__ is str
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
