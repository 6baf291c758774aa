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
from kalshi_auth._money import money as _money
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import optional_nullable_money as _optional_nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.market_market_type import MarketMarketType
from ..models.market_result import MarketResult
from ..models.market_settlement_bounds_type import MarketSettlementBoundsType
from ..models.market_status import MarketStatus
from ..models.market_strike_type import MarketStrikeType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


from . import market_custom_strike_type_0 as _market_custom_strike_type_0
from . import mve_selected_leg as _mve_selected_leg
from . import price_range as _price_range

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_MarketMarketType_BY_VALUE = cast(
    "dict[Any, MarketMarketType]", MarketMarketType._value2member_map_
)
_MarketResult_BY_VALUE = cast(
    "dict[Any, MarketResult]", MarketResult._value2member_map_
)
_MarketSettlementBoundsType_BY_VALUE = cast(
    "dict[Any, MarketSettlementBoundsType]",
    MarketSettlementBoundsType._value2member_map_,
)
_MarketStatus_BY_VALUE = cast(
    "dict[Any, MarketStatus]", MarketStatus._value2member_map_
)
_MarketStrikeType_BY_VALUE = cast(
    "dict[Any, MarketStrikeType]", MarketStrikeType._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "event_ticker",
    "market_type",
    "yes_sub_title",
    "no_sub_title",
    "created_time",
    "updated_time",
    "open_time",
    "close_time",
    "latest_expiration_time",
    "settlement_timer_seconds",
    "status",
    "yes_bid_dollars",
    "yes_bid_size_fp",
    "yes_ask_dollars",
    "yes_ask_size_fp",
    "no_bid_dollars",
    "no_ask_dollars",
    "last_price_dollars",
    "volume_fp",
    "volume_24h_fp",
    "result",
    "can_close_early",
    "open_interest_fp",
    "notional_value_dollars",
    "previous_yes_bid_dollars",
    "previous_yes_ask_dollars",
    "previous_price_dollars",
    "expiration_value",
    "rules_primary",
    "rules_secondary",
    "price_level_structure",
    "price_ranges",
    "title",
    "subtitle",
    "expected_expiration_time",
    "expiration_time",
    "settlement_value_dollars",
    "settlement_ts",
    "settlement_bounds_type",
    "settlement_floor_dollars",
    "occurrence_datetime",
    "fee_waiver_expiration_time",
    "early_close_condition",
    "strike_type",
    "floor_strike",
    "cap_strike",
    "functional_strike",
    "custom_strike",
    "mve_collection_ticker",
    "mve_selected_legs",
    "primary_participant_key",
    "is_provisional",
    "exchange_index",
    "liquidity_dollars",
    "response_price_units",
    "fractional_trading_enabled",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_market_type(
    value: MarketMarketType | Literal["binary", "scalar"],
) -> MarketMarketType:
    return _enum_member(MarketMarketType, value, "market_type")


def _to_status(
    value: MarketStatus
    | Literal[
        "initialized",
        "inactive",
        "active",
        "closed",
        "determined",
        "disputed",
        "amended",
        "finalized",
    ],
) -> MarketStatus:
    return _enum_member(MarketStatus, value, "status")


def _to_result(
    value: MarketResult | Literal["yes", "no", "scalar", ""],
) -> MarketResult:
    return _enum_member(MarketResult, value, "result")


def _to_settlement_bounds_type(
    value: MarketSettlementBoundsType | Literal["default", "floor"] | Unset,
) -> MarketSettlementBoundsType | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(MarketSettlementBoundsType, value, "settlement_bounds_type")


def _to_strike_type(
    value: MarketStrikeType
    | Literal[
        "greater",
        "greater_or_equal",
        "less",
        "less_or_equal",
        "between",
        "functional",
        "custom",
        "structured",
    ]
    | Unset,
) -> MarketStrikeType | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(MarketStrikeType, value, "strike_type")


T = TypeVar("T", bound="Market")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Market:
    """A market: one tradable question with a yes and a no side.

    Example:
        {'ticker': 'KXHIGHNY-26NOV30-T50', 'event_ticker': 'KXHIGHNY-26NOV30', 'market_type': 'binary', 'yes_sub_title':
            '51° or above', 'no_sub_title': '50° or below', 'created_time': '2026-11-27T18:32:11.482915Z', 'updated_time':
            '2026-11-29T15:00:02.204117Z', 'open_time': '2026-11-29T15:00:00Z', 'close_time': '2026-12-01T04:59:00Z',
            'expected_expiration_time': '2026-12-01T15:00:00Z', 'latest_expiration_time': '2026-12-08T15:00:00Z',
            'settlement_timer_seconds': 3600, 'status': 'active', 'yes_bid_dollars': '0.5500', 'yes_bid_size_fp': '340.00',
            'yes_ask_dollars': '0.5700', 'yes_ask_size_fp': '125.00', 'no_bid_dollars': '0.4300', 'no_ask_dollars':
            '0.4500', 'last_price_dollars': '0.5600', 'volume_fp': '18342.00', 'volume_24h_fp': '6120.00', 'result': '',
            'can_close_early': False, 'open_interest_fp': '9875.00', 'notional_value_dollars': '1.0000',
            'previous_yes_bid_dollars': '0.4900', 'previous_yes_ask_dollars': '0.5200', 'previous_price_dollars': '0.5100',
            'settlement_bounds_type': 'default', 'expiration_value': '', 'strike_type': 'greater', 'floor_strike': 50,
            'rules_primary': 'If the highest temperature recorded in Central Park, New York, on November 30, 2026 is above
            50°F, the market resolves to Yes.', 'rules_secondary': "The temperature is read from the National Weather
            Service's final daily climate report for Central Park; corrections published after expiration do not count.",
            'price_level_structure': 'linear_cent', 'price_ranges': [{'start': '0.0100', 'end': '0.9900', 'step':
            '0.0100'}], 'is_provisional': False, 'exchange_index': 0, 'fractional_trading_enabled': False}

    """

    ticker: str
    event_ticker: str
    market_type: MarketMarketType = _attrs_field(converter=_to_market_type)
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
    status: MarketStatus = _attrs_field(converter=_to_status)
    """ Where the market is in its life. """
    yes_bid_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    yes_bid_size_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    yes_ask_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    yes_ask_size_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    no_bid_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_ask_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    last_price_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    volume_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    volume_24h_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    result: MarketResult = _attrs_field(converter=_to_result)
    can_close_early: bool
    """ Whether the market may close before its close time. """
    open_interest_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    notional_value_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    previous_yes_bid_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    previous_yes_ask_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    previous_price_dollars: Decimal = _attrs_field(converter=_money)
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
    settlement_value_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ What the yes side settled at, in dollars; only set once determined. """
    settlement_ts: datetime.datetime | None | Unset = UNSET
    settlement_bounds_type: MarketSettlementBoundsType | Unset = _attrs_field(
        default=UNSET, converter=_to_settlement_bounds_type
    )
    """ default (no settlement bounds) or floor (see settlement_floor_dollars). """
    settlement_floor_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Lowest value the yes side can settle at, in dollars; only set for floor markets. """
    occurrence_datetime: datetime.datetime | None | Unset = UNSET
    """ When the underlying happening took place, if recorded. """
    fee_waiver_expiration_time: datetime.datetime | None | Unset = UNSET
    """ When the market's fee waiver ends. """
    early_close_condition: None | str | Unset = UNSET
    """ What can make the market close early. """
    strike_type: MarketStrikeType | Unset = _attrs_field(
        default=UNSET, converter=_to_strike_type
    )
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
    liquidity_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ Value of the offers resting in the market's book, in dollars. Servers sent it through August 2026; later
    answers leave it out. """
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

        market_type = _enum_value(MarketMarketType, self.market_type, "market_type")

        yes_sub_title = self.yes_sub_title

        no_sub_title = self.no_sub_title

        created_time = self.created_time.isoformat()

        updated_time = self.updated_time.isoformat()

        open_time = self.open_time.isoformat()

        close_time = self.close_time.isoformat()

        latest_expiration_time = self.latest_expiration_time.isoformat()

        settlement_timer_seconds = self.settlement_timer_seconds

        status = _enum_value(MarketStatus, self.status, "status")

        yes_bid_dollars = _money_text(self.yes_bid_dollars)

        yes_bid_size_fp = _money_text(self.yes_bid_size_fp)

        yes_ask_dollars = _money_text(self.yes_ask_dollars)

        yes_ask_size_fp = _money_text(self.yes_ask_size_fp)

        no_bid_dollars = _money_text(self.no_bid_dollars)

        no_ask_dollars = _money_text(self.no_ask_dollars)

        last_price_dollars = _money_text(self.last_price_dollars)

        volume_fp = _money_text(self.volume_fp)

        volume_24h_fp = _money_text(self.volume_24h_fp)

        result = _enum_value(MarketResult, self.result, "result")

        can_close_early = self.can_close_early

        open_interest_fp = _money_text(self.open_interest_fp)

        notional_value_dollars = _money_text(self.notional_value_dollars)

        previous_yes_bid_dollars = _money_text(self.previous_yes_bid_dollars)

        previous_yes_ask_dollars = _money_text(self.previous_yes_ask_dollars)

        previous_price_dollars = _money_text(self.previous_price_dollars)

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

        settlement_value_dollars: None | str | Unset = (
            self.settlement_value_dollars
            if self.settlement_value_dollars is None
            or isinstance(self.settlement_value_dollars, Unset)
            else _money_text(self.settlement_value_dollars)
        )

        settlement_ts: None | str | Unset
        if isinstance(self.settlement_ts, Unset):
            settlement_ts = UNSET
        elif isinstance(self.settlement_ts, datetime.datetime):
            settlement_ts = self.settlement_ts.isoformat()
        else:
            settlement_ts = self.settlement_ts

        settlement_bounds_type: str | Unset = UNSET
        if not isinstance(self.settlement_bounds_type, Unset):
            settlement_bounds_type = _enum_value(
                MarketSettlementBoundsType,
                self.settlement_bounds_type,
                "settlement_bounds_type",
            )

        settlement_floor_dollars: None | str | Unset = (
            self.settlement_floor_dollars
            if self.settlement_floor_dollars is None
            or isinstance(self.settlement_floor_dollars, Unset)
            else _money_text(self.settlement_floor_dollars)
        )

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
            strike_type = _enum_value(MarketStrikeType, self.strike_type, "strike_type")

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

        liquidity_dollars: str | Unset = UNSET
        if not isinstance(self.liquidity_dollars, Unset):
            liquidity_dollars = _money_text(self.liquidity_dollars)

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
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Market:
            return as_subclass(cls, Market.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_type = (
            _MarketMarketType_BY_VALUE[d["market_type"]]
            if d["market_type"] in _MarketMarketType_BY_VALUE
            else MarketMarketType(d["market_type"])
        )
        instance_.yes_sub_title = (
            value_
            if (value_ := d["yes_sub_title"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.no_sub_title = (
            value_
            if (value_ := d["no_sub_title"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.created_time = _datetime_fromisoformat(d["created_time"])
        instance_.updated_time = _datetime_fromisoformat(d["updated_time"])
        instance_.open_time = _datetime_fromisoformat(d["open_time"])
        instance_.close_time = _datetime_fromisoformat(d["close_time"])
        instance_.latest_expiration_time = _datetime_fromisoformat(
            d["latest_expiration_time"]
        )
        instance_.settlement_timer_seconds = (
            value_
            if (value_ := d["settlement_timer_seconds"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.status = (
            _MarketStatus_BY_VALUE[d["status"]]
            if d["status"] in _MarketStatus_BY_VALUE
            else MarketStatus(d["status"])
        )
        yes_bid_dollars = d["yes_bid_dollars"]
        instance_.yes_bid_dollars = (
            _decimals[yes_bid_dollars]
            if yes_bid_dollars in _decimals
            else _decimal(yes_bid_dollars)
        )
        yes_bid_size_fp = d["yes_bid_size_fp"]
        instance_.yes_bid_size_fp = (
            _decimals[yes_bid_size_fp]
            if yes_bid_size_fp in _decimals
            else _decimal(yes_bid_size_fp)
        )
        yes_ask_dollars = d["yes_ask_dollars"]
        instance_.yes_ask_dollars = (
            _decimals[yes_ask_dollars]
            if yes_ask_dollars in _decimals
            else _decimal(yes_ask_dollars)
        )
        yes_ask_size_fp = d["yes_ask_size_fp"]
        instance_.yes_ask_size_fp = (
            _decimals[yes_ask_size_fp]
            if yes_ask_size_fp in _decimals
            else _decimal(yes_ask_size_fp)
        )
        no_bid_dollars = d["no_bid_dollars"]
        instance_.no_bid_dollars = (
            _decimals[no_bid_dollars]
            if no_bid_dollars in _decimals
            else _decimal(no_bid_dollars)
        )
        no_ask_dollars = d["no_ask_dollars"]
        instance_.no_ask_dollars = (
            _decimals[no_ask_dollars]
            if no_ask_dollars in _decimals
            else _decimal(no_ask_dollars)
        )
        last_price_dollars = d["last_price_dollars"]
        instance_.last_price_dollars = (
            _decimals[last_price_dollars]
            if last_price_dollars in _decimals
            else _decimal(last_price_dollars)
        )
        volume_fp = d["volume_fp"]
        instance_.volume_fp = (
            _decimals[volume_fp] if volume_fp in _decimals else _decimal(volume_fp)
        )
        volume_24h_fp = d["volume_24h_fp"]
        instance_.volume_24h_fp = (
            _decimals[volume_24h_fp]
            if volume_24h_fp in _decimals
            else _decimal(volume_24h_fp)
        )
        instance_.result = (
            _MarketResult_BY_VALUE[d["result"]]
            if d["result"] in _MarketResult_BY_VALUE
            else MarketResult(d["result"])
        )
        instance_.can_close_early = (
            value_
            if (value_ := d["can_close_early"]) is True or value_ is False
            else _wrong_type(value_)
        )
        open_interest_fp = d["open_interest_fp"]
        instance_.open_interest_fp = (
            _decimals[open_interest_fp]
            if open_interest_fp in _decimals
            else _decimal(open_interest_fp)
        )
        notional_value_dollars = d["notional_value_dollars"]
        instance_.notional_value_dollars = (
            _decimals[notional_value_dollars]
            if notional_value_dollars in _decimals
            else _decimal(notional_value_dollars)
        )
        previous_yes_bid_dollars = d["previous_yes_bid_dollars"]
        instance_.previous_yes_bid_dollars = (
            _decimals[previous_yes_bid_dollars]
            if previous_yes_bid_dollars in _decimals
            else _decimal(previous_yes_bid_dollars)
        )
        previous_yes_ask_dollars = d["previous_yes_ask_dollars"]
        instance_.previous_yes_ask_dollars = (
            _decimals[previous_yes_ask_dollars]
            if previous_yes_ask_dollars in _decimals
            else _decimal(previous_yes_ask_dollars)
        )
        previous_price_dollars = d["previous_price_dollars"]
        instance_.previous_price_dollars = (
            _decimals[previous_price_dollars]
            if previous_price_dollars in _decimals
            else _decimal(previous_price_dollars)
        )
        instance_.expiration_value = (
            value_
            if (value_ := d["expiration_value"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rules_primary = (
            value_
            if (value_ := d["rules_primary"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rules_secondary = (
            value_
            if (value_ := d["rules_secondary"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.price_level_structure = (
            value_
            if (value_ := d["price_level_structure"]).__class__ is str
            else _wrong_type(value_)
        )
        price_ranges = d["price_ranges"]
        instance_.price_ranges = (
            []
            if price_ranges is None
            else [_price_range.PriceRange.from_dict(item) for item in price_ranges]
            if price_ranges.__class__ is list
            else _wrong_type(price_ranges)
        )
        instance_.title = (
            value_
            if (value_ := d.get("title", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.subtitle = (
            value_
            if (value_ := d.get("subtitle", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        expected_expiration_time = d.get("expected_expiration_time", UNSET)
        instance_.expected_expiration_time = (
            expected_expiration_time
            if expected_expiration_time is None or expected_expiration_time is UNSET
            else _datetime_fromisoformat(expected_expiration_time)
        )
        expiration_time = d.get("expiration_time", UNSET)
        instance_.expiration_time = (
            expiration_time
            if expiration_time is UNSET
            else _datetime_fromisoformat(expiration_time)
        )
        settlement_value_dollars = d.get("settlement_value_dollars", UNSET)
        instance_.settlement_value_dollars = (
            settlement_value_dollars
            if settlement_value_dollars is None or settlement_value_dollars is UNSET
            else _decimals[settlement_value_dollars]
            if settlement_value_dollars in _decimals
            else _decimal(settlement_value_dollars)
        )
        settlement_ts = d.get("settlement_ts", UNSET)
        instance_.settlement_ts = (
            settlement_ts
            if settlement_ts is None or settlement_ts is UNSET
            else _datetime_fromisoformat(settlement_ts)
        )
        settlement_bounds_type = d.get("settlement_bounds_type", UNSET)
        instance_.settlement_bounds_type = (
            settlement_bounds_type
            if settlement_bounds_type is UNSET
            else (
                _MarketSettlementBoundsType_BY_VALUE[settlement_bounds_type]
                if settlement_bounds_type in _MarketSettlementBoundsType_BY_VALUE
                else MarketSettlementBoundsType(settlement_bounds_type)
            )
        )
        settlement_floor_dollars = d.get("settlement_floor_dollars", UNSET)
        instance_.settlement_floor_dollars = (
            settlement_floor_dollars
            if settlement_floor_dollars is None or settlement_floor_dollars is UNSET
            else _decimals[settlement_floor_dollars]
            if settlement_floor_dollars in _decimals
            else _decimal(settlement_floor_dollars)
        )
        occurrence_datetime = d.get("occurrence_datetime", UNSET)
        instance_.occurrence_datetime = (
            occurrence_datetime
            if occurrence_datetime is None or occurrence_datetime is UNSET
            else _datetime_fromisoformat(occurrence_datetime)
        )
        fee_waiver_expiration_time = d.get("fee_waiver_expiration_time", UNSET)
        instance_.fee_waiver_expiration_time = (
            fee_waiver_expiration_time
            if fee_waiver_expiration_time is None or fee_waiver_expiration_time is UNSET
            else _datetime_fromisoformat(fee_waiver_expiration_time)
        )
        instance_.early_close_condition = (
            value_
            if (value_ := d.get("early_close_condition", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        strike_type = d.get("strike_type", UNSET)
        instance_.strike_type = (
            strike_type
            if strike_type is UNSET
            else (
                _MarketStrikeType_BY_VALUE[strike_type]
                if strike_type in _MarketStrikeType_BY_VALUE
                else MarketStrikeType(strike_type)
            )
        )
        instance_.floor_strike = (
            value_
            if (value_ := d.get("floor_strike", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.cap_strike = (
            value_
            if (value_ := d.get("cap_strike", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.functional_strike = (
            value_
            if (value_ := d.get("functional_strike", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        custom_strike = d.get("custom_strike", UNSET)
        instance_.custom_strike = (
            custom_strike
            if custom_strike is None or custom_strike is UNSET
            else _market_custom_strike_type_0.MarketCustomStrikeType0.from_dict(
                custom_strike
            )
        )
        instance_.mve_collection_ticker = (
            value_
            if (value_ := d.get("mve_collection_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        mve_selected_legs = d.get("mve_selected_legs")
        instance_.mve_selected_legs = (
            UNSET
            if mve_selected_legs is None
            else [
                _mve_selected_leg.MveSelectedLeg.from_dict(item)
                for item in mve_selected_legs
            ]
            if mve_selected_legs.__class__ is list
            else _wrong_type(mve_selected_legs)
        )
        instance_.primary_participant_key = (
            value_
            if (value_ := d.get("primary_participant_key", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.is_provisional = (
            value_
            if (value_ := d.get("is_provisional", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
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
        liquidity_dollars = d.get("liquidity_dollars")
        instance_.liquidity_dollars = (
            UNSET
            if liquidity_dollars is None
            else _decimals[liquidity_dollars]
            if liquidity_dollars in _decimals
            else _decimal(liquidity_dollars)
        )
        instance_.response_price_units = (
            value_
            if (value_ := d.get("response_price_units", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.fractional_trading_enabled = (
            value_
            if (value_ := d.get("fractional_trading_enabled", UNSET)) is True
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
