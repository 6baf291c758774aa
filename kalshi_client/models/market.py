from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_market_type import MarketMarketType
from ..models.market_result import MarketResult
from ..models.market_settlement_bounds_type import MarketSettlementBoundsType
from ..models.market_status import MarketStatus
from ..models.market_strike_type import MarketStrikeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="Market")


@_attrs_define
class Market:
    """A market: one tradable question with a yes and a no side."""

    ticker: str
    event_ticker: str
    market_type: MarketMarketType
    yes_sub_title: str
    no_sub_title: str
    created_time: datetime.datetime
    updated_time: datetime.datetime
    """ Last change to the market's metadata (trading does not count). """
    open_time: datetime.datetime
    close_time: datetime.datetime
    latest_expiration_time: datetime.datetime
    settlement_timer_seconds: int
    """ Seconds between determination and settlement. """
    status: MarketStatus
    """ Where the market is in its life. """
    yes_bid_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    yes_bid_size_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_ask_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    yes_ask_size_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    no_bid_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_ask_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    last_price_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    volume_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    volume_24h_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    result: MarketResult
    can_close_early: bool
    """ Whether the market may close before its close time. """
    open_interest_fp: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    notional_value_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    previous_yes_bid_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    previous_yes_ask_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    previous_price_dollars: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    expiration_value: str
    """ The value the settlement was based on. """
    rules_primary: str
    """ The main terms of the market in plain words. """
    rules_secondary: str
    """ Further terms of the market in plain words. """
    price_level_structure: str
    """ Name of the price ranges and tick sizes that apply. """
    price_ranges: list[PriceRange]
    """ Price ranges in which orders may be placed. """
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    expected_expiration_time: datetime.datetime | None | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    settlement_value_dollars: None | str | Unset = UNSET
    """ What the yes side settled at, in dollars; only set once determined. """
    settlement_ts: datetime.datetime | None | Unset = UNSET
    settlement_bounds_type: MarketSettlementBoundsType | Unset = UNSET
    """ default (no settlement bounds) or floor (see settlement_floor_dollars). """
    settlement_floor_dollars: None | str | Unset = UNSET
    """ Lowest value the yes side can settle at, in dollars; only set for floor markets. """
    occurrence_datetime: datetime.datetime | None | Unset = UNSET
    """ When the underlying happening took place, if recorded. """
    fee_waiver_expiration_time: datetime.datetime | None | Unset = UNSET
    """ When the market's fee waiver ends. """
    early_close_condition: None | str | Unset = UNSET
    """ What can make the market close early. """
    strike_type: MarketStrikeType | Unset = UNSET
    """ How the strike is defined and checked. """
    floor_strike: float | None | Unset = UNSET
    """ Lowest expiration value that settles yes. """
    cap_strike: float | None | Unset = UNSET
    """ Highest expiration value that settles yes. """
    functional_strike: None | str | Unset = UNSET
    """ How expiration values map to settlement values. """
    custom_strike: MarketCustomStrikeType0 | None | Unset = UNSET
    """ The expiration value per target that settles yes. """
    mve_collection_ticker: str | Unset = UNSET
    """ Multivariate collection the market comes from. """
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    primary_participant_key: None | str | Unset = UNSET
    is_provisional: bool | Unset = UNSET
    """ When true, the market may be removed after determination if nobody traded it. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    liquidity_dollars: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    response_price_units: str | Unset = UNSET
    """ Unit of the market's older integer price fields (usd_cent in every answer seen); later answers leave it out.
    """
    fractional_trading_enabled: bool | Unset = UNSET
    """ True when the market accepts contract counts with a fractional part. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0  # noqa: PLC0415

        ticker = self.ticker

        event_ticker = self.event_ticker

        market_type = MarketMarketType(self.market_type).value

        yes_sub_title = self.yes_sub_title

        no_sub_title = self.no_sub_title

        created_time = self.created_time.isoformat()

        updated_time = self.updated_time.isoformat()

        open_time = self.open_time.isoformat()

        close_time = self.close_time.isoformat()

        latest_expiration_time = self.latest_expiration_time.isoformat()

        settlement_timer_seconds = self.settlement_timer_seconds

        status = MarketStatus(self.status).value

        yes_bid_dollars = self.yes_bid_dollars

        yes_bid_size_fp = self.yes_bid_size_fp

        yes_ask_dollars = self.yes_ask_dollars

        yes_ask_size_fp = self.yes_ask_size_fp

        no_bid_dollars = self.no_bid_dollars

        no_ask_dollars = self.no_ask_dollars

        last_price_dollars = self.last_price_dollars

        volume_fp = self.volume_fp

        volume_24h_fp = self.volume_24h_fp

        result = MarketResult(self.result).value

        can_close_early = self.can_close_early

        open_interest_fp = self.open_interest_fp

        notional_value_dollars = self.notional_value_dollars

        previous_yes_bid_dollars = self.previous_yes_bid_dollars

        previous_yes_ask_dollars = self.previous_yes_ask_dollars

        previous_price_dollars = self.previous_price_dollars

        expiration_value = self.expiration_value

        rules_primary = self.rules_primary

        rules_secondary = self.rules_secondary

        price_level_structure = self.price_level_structure

        price_ranges = []
        for price_ranges_item_data in self.price_ranges:
            price_ranges_item = price_ranges_item_data.to_dict()
            price_ranges.append(price_ranges_item)

        title = self.title

        subtitle = self.subtitle

        expected_expiration_time: None | str | Unset
        if isinstance(self.expected_expiration_time, Unset):
            expected_expiration_time = UNSET
        elif isinstance(self.expected_expiration_time, datetime.datetime):
            expected_expiration_time = self.expected_expiration_time.isoformat()
        else:
            expected_expiration_time = self.expected_expiration_time

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        settlement_value_dollars: None | str | Unset
        if isinstance(self.settlement_value_dollars, Unset):
            settlement_value_dollars = UNSET
        else:
            settlement_value_dollars = self.settlement_value_dollars

        settlement_ts: None | str | Unset
        if isinstance(self.settlement_ts, Unset):
            settlement_ts = UNSET
        elif isinstance(self.settlement_ts, datetime.datetime):
            settlement_ts = self.settlement_ts.isoformat()
        else:
            settlement_ts = self.settlement_ts

        settlement_bounds_type: str | Unset = UNSET
        if not isinstance(self.settlement_bounds_type, Unset):
            settlement_bounds_type = MarketSettlementBoundsType(
                self.settlement_bounds_type
            ).value

        settlement_floor_dollars: None | str | Unset
        if isinstance(self.settlement_floor_dollars, Unset):
            settlement_floor_dollars = UNSET
        else:
            settlement_floor_dollars = self.settlement_floor_dollars

        occurrence_datetime: None | str | Unset
        if isinstance(self.occurrence_datetime, Unset):
            occurrence_datetime = UNSET
        elif isinstance(self.occurrence_datetime, datetime.datetime):
            occurrence_datetime = self.occurrence_datetime.isoformat()
        else:
            occurrence_datetime = self.occurrence_datetime

        fee_waiver_expiration_time: None | str | Unset
        if isinstance(self.fee_waiver_expiration_time, Unset):
            fee_waiver_expiration_time = UNSET
        elif isinstance(self.fee_waiver_expiration_time, datetime.datetime):
            fee_waiver_expiration_time = self.fee_waiver_expiration_time.isoformat()
        else:
            fee_waiver_expiration_time = self.fee_waiver_expiration_time

        early_close_condition: None | str | Unset
        if isinstance(self.early_close_condition, Unset):
            early_close_condition = UNSET
        else:
            early_close_condition = self.early_close_condition

        strike_type: str | Unset = UNSET
        if not isinstance(self.strike_type, Unset):
            strike_type = MarketStrikeType(self.strike_type).value

        floor_strike: float | None | Unset
        if isinstance(self.floor_strike, Unset):
            floor_strike = UNSET
        else:
            floor_strike = self.floor_strike

        cap_strike: float | None | Unset
        if isinstance(self.cap_strike, Unset):
            cap_strike = UNSET
        else:
            cap_strike = self.cap_strike

        functional_strike: None | str | Unset
        if isinstance(self.functional_strike, Unset):
            functional_strike = UNSET
        else:
            functional_strike = self.functional_strike

        custom_strike: dict[str, Any] | None | Unset
        if isinstance(self.custom_strike, Unset):
            custom_strike = UNSET
        elif isinstance(self.custom_strike, MarketCustomStrikeType0):
            custom_strike = self.custom_strike.to_dict()
        else:
            custom_strike = self.custom_strike

        mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

        primary_participant_key: None | str | Unset
        if isinstance(self.primary_participant_key, Unset):
            primary_participant_key = UNSET
        else:
            primary_participant_key = self.primary_participant_key

        is_provisional = self.is_provisional

        exchange_index = self.exchange_index

        liquidity_dollars = self.liquidity_dollars

        response_price_units = self.response_price_units

        fractional_trading_enabled = self.fractional_trading_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "event_ticker": event_ticker,
                "market_type": market_type,
                "yes_sub_title": yes_sub_title,
                "no_sub_title": no_sub_title,
                "created_time": created_time,
                "updated_time": updated_time,
                "open_time": open_time,
                "close_time": close_time,
                "latest_expiration_time": latest_expiration_time,
                "settlement_timer_seconds": settlement_timer_seconds,
                "status": status,
                "yes_bid_dollars": yes_bid_dollars,
                "yes_bid_size_fp": yes_bid_size_fp,
                "yes_ask_dollars": yes_ask_dollars,
                "yes_ask_size_fp": yes_ask_size_fp,
                "no_bid_dollars": no_bid_dollars,
                "no_ask_dollars": no_ask_dollars,
                "last_price_dollars": last_price_dollars,
                "volume_fp": volume_fp,
                "volume_24h_fp": volume_24h_fp,
                "result": result,
                "can_close_early": can_close_early,
                "open_interest_fp": open_interest_fp,
                "notional_value_dollars": notional_value_dollars,
                "previous_yes_bid_dollars": previous_yes_bid_dollars,
                "previous_yes_ask_dollars": previous_yes_ask_dollars,
                "previous_price_dollars": previous_price_dollars,
                "expiration_value": expiration_value,
                "rules_primary": rules_primary,
                "rules_secondary": rules_secondary,
                "price_level_structure": price_level_structure,
                "price_ranges": price_ranges,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if expected_expiration_time is not UNSET:
            field_dict["expected_expiration_time"] = expected_expiration_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if settlement_value_dollars is not UNSET:
            field_dict["settlement_value_dollars"] = settlement_value_dollars
        if settlement_ts is not UNSET:
            field_dict["settlement_ts"] = settlement_ts
        if settlement_bounds_type is not UNSET:
            field_dict["settlement_bounds_type"] = settlement_bounds_type
        if settlement_floor_dollars is not UNSET:
            field_dict["settlement_floor_dollars"] = settlement_floor_dollars
        if occurrence_datetime is not UNSET:
            field_dict["occurrence_datetime"] = occurrence_datetime
        if fee_waiver_expiration_time is not UNSET:
            field_dict["fee_waiver_expiration_time"] = fee_waiver_expiration_time
        if early_close_condition is not UNSET:
            field_dict["early_close_condition"] = early_close_condition
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if functional_strike is not UNSET:
            field_dict["functional_strike"] = functional_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        if primary_participant_key is not UNSET:
            field_dict["primary_participant_key"] = primary_participant_key
        if is_provisional is not UNSET:
            field_dict["is_provisional"] = is_provisional
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if liquidity_dollars is not UNSET:
            field_dict["liquidity_dollars"] = liquidity_dollars
        if response_price_units is not UNSET:
            field_dict["response_price_units"] = response_price_units
        if fractional_trading_enabled is not UNSET:
            field_dict["fractional_trading_enabled"] = fractional_trading_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0  # noqa: PLC0415
        from ..models.mve_selected_leg import MveSelectedLeg  # noqa: PLC0415
        from ..models.price_range import PriceRange  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("mve_selected_legs", UNSET) is None:
            del d["mve_selected_legs"]
        if d.get("price_ranges", UNSET) is None:
            d["price_ranges"] = []
        ticker = d.pop("ticker")

        event_ticker = d.pop("event_ticker")

        market_type = MarketMarketType(d.pop("market_type"))

        yes_sub_title = d.pop("yes_sub_title")

        no_sub_title = d.pop("no_sub_title")

        created_time = datetime.datetime.fromisoformat(d.pop("created_time"))

        updated_time = datetime.datetime.fromisoformat(d.pop("updated_time"))

        open_time = datetime.datetime.fromisoformat(d.pop("open_time"))

        close_time = datetime.datetime.fromisoformat(d.pop("close_time"))

        latest_expiration_time = datetime.datetime.fromisoformat(
            d.pop("latest_expiration_time")
        )

        settlement_timer_seconds = d.pop("settlement_timer_seconds")

        status = MarketStatus(d.pop("status"))

        yes_bid_dollars = d.pop("yes_bid_dollars")

        yes_bid_size_fp = d.pop("yes_bid_size_fp")

        yes_ask_dollars = d.pop("yes_ask_dollars")

        yes_ask_size_fp = d.pop("yes_ask_size_fp")

        no_bid_dollars = d.pop("no_bid_dollars")

        no_ask_dollars = d.pop("no_ask_dollars")

        last_price_dollars = d.pop("last_price_dollars")

        volume_fp = d.pop("volume_fp")

        volume_24h_fp = d.pop("volume_24h_fp")

        result = MarketResult(d.pop("result"))

        can_close_early = d.pop("can_close_early")

        open_interest_fp = d.pop("open_interest_fp")

        notional_value_dollars = d.pop("notional_value_dollars")

        previous_yes_bid_dollars = d.pop("previous_yes_bid_dollars")

        previous_yes_ask_dollars = d.pop("previous_yes_ask_dollars")

        previous_price_dollars = d.pop("previous_price_dollars")

        expiration_value = d.pop("expiration_value")

        rules_primary = d.pop("rules_primary")

        rules_secondary = d.pop("rules_secondary")

        price_level_structure = d.pop("price_level_structure")

        price_ranges = []
        _price_ranges = d.pop("price_ranges")
        for price_ranges_item_data in _price_ranges:
            price_ranges_item = PriceRange.from_dict(price_ranges_item_data)

            price_ranges.append(price_ranges_item)

        title = d.pop("title", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        def _parse_expected_expiration_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_expiration_time_type_0 = datetime.datetime.fromisoformat(data)

                return expected_expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_expiration_time = _parse_expected_expiration_time(
            d.pop("expected_expiration_time", UNSET)
        )

        _expiration_time = d.pop("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        def _parse_settlement_value_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settlement_value_dollars = _parse_settlement_value_dollars(
            d.pop("settlement_value_dollars", UNSET)
        )

        def _parse_settlement_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settlement_ts_type_0 = datetime.datetime.fromisoformat(data)

                return settlement_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        settlement_ts = _parse_settlement_ts(d.pop("settlement_ts", UNSET))

        _settlement_bounds_type = d.pop("settlement_bounds_type", UNSET)
        settlement_bounds_type: MarketSettlementBoundsType | Unset
        if isinstance(_settlement_bounds_type, Unset):
            settlement_bounds_type = UNSET
        else:
            settlement_bounds_type = MarketSettlementBoundsType(_settlement_bounds_type)

        def _parse_settlement_floor_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settlement_floor_dollars = _parse_settlement_floor_dollars(
            d.pop("settlement_floor_dollars", UNSET)
        )

        def _parse_occurrence_datetime(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurrence_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return occurrence_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurrence_datetime = _parse_occurrence_datetime(
            d.pop("occurrence_datetime", UNSET)
        )

        def _parse_fee_waiver_expiration_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_waiver_expiration_time_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return fee_waiver_expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fee_waiver_expiration_time = _parse_fee_waiver_expiration_time(
            d.pop("fee_waiver_expiration_time", UNSET)
        )

        def _parse_early_close_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        early_close_condition = _parse_early_close_condition(
            d.pop("early_close_condition", UNSET)
        )

        _strike_type = d.pop("strike_type", UNSET)
        strike_type: MarketStrikeType | Unset
        if isinstance(_strike_type, Unset):
            strike_type = UNSET
        else:
            strike_type = MarketStrikeType(_strike_type)

        def _parse_floor_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        floor_strike = _parse_floor_strike(d.pop("floor_strike", UNSET))

        def _parse_cap_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cap_strike = _parse_cap_strike(d.pop("cap_strike", UNSET))

        def _parse_functional_strike(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        functional_strike = _parse_functional_strike(d.pop("functional_strike", UNSET))

        def _parse_custom_strike(
            data: object,
        ) -> MarketCustomStrikeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_strike_type_0 = MarketCustomStrikeType0.from_dict(data)

                return custom_strike_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarketCustomStrikeType0 | None | Unset, data)

        custom_strike = _parse_custom_strike(d.pop("custom_strike", UNSET))

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)

        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = []
            for mve_selected_legs_item_data in _mve_selected_legs:
                mve_selected_legs_item = MveSelectedLeg.from_dict(
                    mve_selected_legs_item_data
                )

                mve_selected_legs.append(mve_selected_legs_item)

        def _parse_primary_participant_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_participant_key = _parse_primary_participant_key(
            d.pop("primary_participant_key", UNSET)
        )

        is_provisional = d.pop("is_provisional", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        liquidity_dollars = d.pop("liquidity_dollars", UNSET)

        response_price_units = d.pop("response_price_units", UNSET)

        fractional_trading_enabled = d.pop("fractional_trading_enabled", UNSET)

        market = cls(
            ticker=ticker,
            event_ticker=event_ticker,
            market_type=market_type,
            yes_sub_title=yes_sub_title,
            no_sub_title=no_sub_title,
            created_time=created_time,
            updated_time=updated_time,
            open_time=open_time,
            close_time=close_time,
            latest_expiration_time=latest_expiration_time,
            settlement_timer_seconds=settlement_timer_seconds,
            status=status,
            yes_bid_dollars=yes_bid_dollars,
            yes_bid_size_fp=yes_bid_size_fp,
            yes_ask_dollars=yes_ask_dollars,
            yes_ask_size_fp=yes_ask_size_fp,
            no_bid_dollars=no_bid_dollars,
            no_ask_dollars=no_ask_dollars,
            last_price_dollars=last_price_dollars,
            volume_fp=volume_fp,
            volume_24h_fp=volume_24h_fp,
            result=result,
            can_close_early=can_close_early,
            open_interest_fp=open_interest_fp,
            notional_value_dollars=notional_value_dollars,
            previous_yes_bid_dollars=previous_yes_bid_dollars,
            previous_yes_ask_dollars=previous_yes_ask_dollars,
            previous_price_dollars=previous_price_dollars,
            expiration_value=expiration_value,
            rules_primary=rules_primary,
            rules_secondary=rules_secondary,
            price_level_structure=price_level_structure,
            price_ranges=price_ranges,
            title=title,
            subtitle=subtitle,
            expected_expiration_time=expected_expiration_time,
            expiration_time=expiration_time,
            settlement_value_dollars=settlement_value_dollars,
            settlement_ts=settlement_ts,
            settlement_bounds_type=settlement_bounds_type,
            settlement_floor_dollars=settlement_floor_dollars,
            occurrence_datetime=occurrence_datetime,
            fee_waiver_expiration_time=fee_waiver_expiration_time,
            early_close_condition=early_close_condition,
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            functional_strike=functional_strike,
            custom_strike=custom_strike,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
            primary_participant_key=primary_participant_key,
            is_provisional=is_provisional,
            exchange_index=exchange_index,
            liquidity_dollars=liquidity_dollars,
            response_price_units=response_price_units,
            fractional_trading_enabled=fractional_trading_enabled,
        )

        market.additional_properties = d
        return market

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
