from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..models.market_side import MarketSide
from ..models.user_order_payload_msg_self_trade_prevention_type import (
    UserOrderPayloadMsgSelfTradePreventionType,
)
from ..models.user_order_payload_msg_status import UserOrderPayloadMsgStatus
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)
_LastUpdateReason_BY_VALUE = cast(
    "dict[Any, LastUpdateReason]", LastUpdateReason._value2member_map_
)
_MarketSide_BY_VALUE = cast("dict[Any, MarketSide]", MarketSide._value2member_map_)
_UserOrderPayloadMsgSelfTradePreventionType_BY_VALUE = cast(
    "dict[Any, UserOrderPayloadMsgSelfTradePreventionType]",
    UserOrderPayloadMsgSelfTradePreventionType._value2member_map_,
)
_UserOrderPayloadMsgStatus_BY_VALUE = cast(
    "dict[Any, UserOrderPayloadMsgStatus]", UserOrderPayloadMsgStatus._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "order_id",
    "user_id",
    "ticker",
    "exchange_index",
    "status",
    "outcome_side",
    "book_side",
    "yes_price_dollars",
    "fill_count_fp",
    "remaining_count_fp",
    "initial_count_fp",
    "taker_fill_cost_dollars",
    "maker_fill_cost_dollars",
    "taker_fees_dollars",
    "maker_fees_dollars",
    "client_order_id",
    "created_ts_ms",
    "side",
    "is_yes",
    "order_group_id",
    "self_trade_prevention_type",
    "created_time",
    "last_update_time",
    "expiration_time",
    "expiration_ts_ms",
    "last_updated_ts_ms",
    "last_update_reason",
    "subaccount_number",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_status(
    value: UserOrderPayloadMsgStatus
    | Literal["resting", "canceled", "executed", "unknown"],
) -> UserOrderPayloadMsgStatus:
    return _enum_member(UserOrderPayloadMsgStatus, value, "status")


def _to_outcome_side(value: MarketSide | Literal["yes", "no"]) -> MarketSide:
    return _enum_member(MarketSide, value, "outcome_side")


def _to_book_side(value: BookSide | Literal["bid", "ask"]) -> BookSide:
    return _enum_member(BookSide, value, "book_side")


def _to_side(value: MarketSide | Literal["yes", "no"] | Unset) -> MarketSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(MarketSide, value, "side")


def _to_self_trade_prevention_type(
    value: UserOrderPayloadMsgSelfTradePreventionType
    | Literal["taker_at_cross", "maker"]
    | Unset,
) -> UserOrderPayloadMsgSelfTradePreventionType | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(
        UserOrderPayloadMsgSelfTradePreventionType, value, "self_trade_prevention_type"
    )


def _to_last_update_reason(
    value: LastUpdateReason
    | Literal[
        "Decrease",
        "Amend",
        "MarginCancel",
        "SelfTradeCancel",
        "ExpiryCancel",
        "CloseCancel",
        "HaltCancel",
        "Trade",
        "PostOnlyCrossCancel",
        "ReduceOnlyCancel",
        "SettlementBoundsCancel",
    ]
    | Unset,
) -> LastUpdateReason | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(LastUpdateReason, value, "last_update_reason")


T = TypeVar("T", bound="UserOrderPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class UserOrderPayloadMsg:
    """The content of the message."""

    order_id: UUID
    """ The order's identifier. """
    user_id: UUID
    """ The user's identifier. """
    ticker: str
    """ The market's ticker. """
    exchange_index: int
    """ Which of the exchange's matching engines handled it. """
    status: UserOrderPayloadMsgStatus = _attrs_field(converter=_to_status)
    """ The order's state. """
    outcome_side: MarketSide = _attrs_field(converter=_to_outcome_side)
    """ The outcome (yes or no) this side bought. """
    book_side: BookSide = _attrs_field(converter=_to_book_side)
    """ Whether this side was a bid or an ask in the book. """
    yes_price_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    fill_count_fp: Decimal = _attrs_field(converter=_money)
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    remaining_count_fp: Decimal = _attrs_field(converter=_money)
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    initial_count_fp: Decimal = _attrs_field(converter=_money)
    """ A number of contracts as a fixed-point decimal string (two decimals; contracts can be fractional). """
    taker_fill_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    maker_fill_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    taker_fees_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    maker_fees_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    client_order_id: str
    """ The identifier the order's owner gave it. """
    created_ts_ms: int | None
    side: MarketSide | Unset = _attrs_field(default=UNSET, converter=_to_side)
    """ Which side of the market (yes or no). Deprecated by Kalshi: kept for old clients; prefer the field named in
    its place. """
    is_yes: bool | Unset = UNSET
    """ Deprecated by Kalshi: kept for old clients; prefer the field named in its place. """
    order_group_id: str | Unset = UNSET
    """ The order group's identifier. """
    self_trade_prevention_type: UserOrderPayloadMsgSelfTradePreventionType | Unset = (
        _attrs_field(default=UNSET, converter=_to_self_trade_prevention_type)
    )
    created_time: datetime.datetime | None | Unset = UNSET
    """ Deprecated by Kalshi: kept for old clients; prefer the field named in its place. """
    last_update_time: datetime.datetime | Unset = UNSET
    """ Deprecated by Kalshi: kept for old clients; prefer the field named in its place. """
    expiration_time: datetime.datetime | Unset = UNSET
    """ Deprecated by Kalshi: kept for old clients; prefer the field named in its place. """
    expiration_ts_ms: int | Unset = UNSET
    last_updated_ts_ms: int | Unset = UNSET
    last_update_reason: LastUpdateReason | Unset = _attrs_field(
        default=UNSET, converter=_to_last_update_reason
    )
    """ Why an order last changed. """
    subaccount_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = str(self.order_id)

        user_id = str(self.user_id)

        ticker = self.ticker

        exchange_index = self.exchange_index

        status = _enum_value(UserOrderPayloadMsgStatus, self.status, "status")

        outcome_side = _enum_value(MarketSide, self.outcome_side, "outcome_side")

        book_side = _enum_value(BookSide, self.book_side, "book_side")

        yes_price_dollars = _money_text(self.yes_price_dollars)

        fill_count_fp = _money_text(self.fill_count_fp)

        remaining_count_fp = _money_text(self.remaining_count_fp)

        initial_count_fp = _money_text(self.initial_count_fp)

        taker_fill_cost_dollars = _money_text(self.taker_fill_cost_dollars)

        maker_fill_cost_dollars = _money_text(self.maker_fill_cost_dollars)

        taker_fees_dollars = _money_text(self.taker_fees_dollars)

        maker_fees_dollars = _money_text(self.maker_fees_dollars)

        client_order_id = self.client_order_id

        created_ts_ms: int | None
        created_ts_ms = self.created_ts_ms

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = _enum_value(MarketSide, self.side, "side")

        is_yes = self.is_yes

        order_group_id = self.order_group_id

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = _enum_value(
                UserOrderPayloadMsgSelfTradePreventionType,
                self.self_trade_prevention_type,
                "self_trade_prevention_type",
            )

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        expiration_ts_ms = self.expiration_ts_ms

        last_updated_ts_ms = self.last_updated_ts_ms

        last_update_reason: str | Unset = UNSET
        if not isinstance(self.last_update_reason, Unset):
            last_update_reason = _enum_value(
                LastUpdateReason, self.last_update_reason, "last_update_reason"
            )

        subaccount_number = self.subaccount_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "user_id": user_id,
                "ticker": ticker,
                "exchange_index": exchange_index,
                "status": status,
                "outcome_side": outcome_side,
                "book_side": book_side,
                "yes_price_dollars": yes_price_dollars,
                "fill_count_fp": fill_count_fp,
                "remaining_count_fp": remaining_count_fp,
                "initial_count_fp": initial_count_fp,
                "taker_fill_cost_dollars": taker_fill_cost_dollars,
                "maker_fill_cost_dollars": maker_fill_cost_dollars,
                "taker_fees_dollars": taker_fees_dollars,
                "maker_fees_dollars": maker_fees_dollars,
                "client_order_id": client_order_id,
                "created_ts_ms": created_ts_ms,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if is_yes is not UNSET:
            field_dict["is_yes"] = is_yes
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if expiration_ts_ms is not UNSET:
            field_dict["expiration_ts_ms"] = expiration_ts_ms
        if last_updated_ts_ms is not UNSET:
            field_dict["last_updated_ts_ms"] = last_updated_ts_ms
        if last_update_reason is not UNSET:
            field_dict["last_update_reason"] = last_update_reason
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not UserOrderPayloadMsg:
            return as_subclass(cls, UserOrderPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.order_id = UUID(d["order_id"])
        instance_.user_id = UUID(d["user_id"])
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d["exchange_index"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.status = (
            _UserOrderPayloadMsgStatus_BY_VALUE[d["status"]]
            if d["status"] in _UserOrderPayloadMsgStatus_BY_VALUE
            else UserOrderPayloadMsgStatus(d["status"])
        )
        instance_.outcome_side = (
            _MarketSide_BY_VALUE[d["outcome_side"]]
            if d["outcome_side"] in _MarketSide_BY_VALUE
            else MarketSide(d["outcome_side"])
        )
        instance_.book_side = (
            _BookSide_BY_VALUE[d["book_side"]]
            if d["book_side"] in _BookSide_BY_VALUE
            else BookSide(d["book_side"])
        )
        yes_price_dollars = d["yes_price_dollars"]
        instance_.yes_price_dollars = (
            _decimals[yes_price_dollars]
            if yes_price_dollars in _decimals
            else _decimal(yes_price_dollars)
        )
        fill_count_fp = d["fill_count_fp"]
        instance_.fill_count_fp = (
            _decimals[fill_count_fp]
            if fill_count_fp in _decimals
            else _decimal(fill_count_fp)
        )
        remaining_count_fp = d["remaining_count_fp"]
        instance_.remaining_count_fp = (
            _decimals[remaining_count_fp]
            if remaining_count_fp in _decimals
            else _decimal(remaining_count_fp)
        )
        initial_count_fp = d["initial_count_fp"]
        instance_.initial_count_fp = (
            _decimals[initial_count_fp]
            if initial_count_fp in _decimals
            else _decimal(initial_count_fp)
        )
        taker_fill_cost_dollars = d["taker_fill_cost_dollars"]
        instance_.taker_fill_cost_dollars = (
            _decimals[taker_fill_cost_dollars]
            if taker_fill_cost_dollars in _decimals
            else _decimal(taker_fill_cost_dollars)
        )
        maker_fill_cost_dollars = d["maker_fill_cost_dollars"]
        instance_.maker_fill_cost_dollars = (
            _decimals[maker_fill_cost_dollars]
            if maker_fill_cost_dollars in _decimals
            else _decimal(maker_fill_cost_dollars)
        )
        taker_fees_dollars = d["taker_fees_dollars"]
        instance_.taker_fees_dollars = (
            _decimals[taker_fees_dollars]
            if taker_fees_dollars in _decimals
            else _decimal(taker_fees_dollars)
        )
        maker_fees_dollars = d["maker_fees_dollars"]
        instance_.maker_fees_dollars = (
            _decimals[maker_fees_dollars]
            if maker_fees_dollars in _decimals
            else _decimal(maker_fees_dollars)
        )
        instance_.client_order_id = (
            value_
            if (value_ := d["client_order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.created_ts_ms = (
            value_
            if (value_ := d["created_ts_ms"]).__class__ is int or value_ is None
            else _wrong_type(value_)
        )
        side = d.get("side", UNSET)
        instance_.side = (
            side
            if side is UNSET
            else (
                _MarketSide_BY_VALUE[side]
                if side in _MarketSide_BY_VALUE
                else MarketSide(side)
            )
        )
        instance_.is_yes = (
            value_
            if (value_ := d.get("is_yes", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.order_group_id = (
            value_
            if (value_ := d.get("order_group_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        self_trade_prevention_type = d.get("self_trade_prevention_type", UNSET)
        instance_.self_trade_prevention_type = (
            self_trade_prevention_type
            if self_trade_prevention_type is UNSET
            else (
                _UserOrderPayloadMsgSelfTradePreventionType_BY_VALUE[
                    self_trade_prevention_type
                ]
                if self_trade_prevention_type
                in _UserOrderPayloadMsgSelfTradePreventionType_BY_VALUE
                else UserOrderPayloadMsgSelfTradePreventionType(
                    self_trade_prevention_type
                )
            )
        )
        created_time = d.get("created_time", UNSET)
        instance_.created_time = (
            created_time
            if created_time is None or created_time is UNSET
            else _datetime_fromisoformat(created_time)
        )
        last_update_time = d.get("last_update_time", UNSET)
        instance_.last_update_time = (
            last_update_time
            if last_update_time is UNSET
            else _datetime_fromisoformat(last_update_time)
        )
        expiration_time = d.get("expiration_time", UNSET)
        instance_.expiration_time = (
            expiration_time
            if expiration_time is UNSET
            else _datetime_fromisoformat(expiration_time)
        )
        instance_.expiration_ts_ms = (
            value_
            if (value_ := d.get("expiration_ts_ms", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.last_updated_ts_ms = (
            value_
            if (value_ := d.get("last_updated_ts_ms", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        last_update_reason = d.get("last_update_reason", UNSET)
        instance_.last_update_reason = (
            last_update_reason
            if last_update_reason is UNSET
            else (
                _LastUpdateReason_BY_VALUE[last_update_reason]
                if last_update_reason in _LastUpdateReason_BY_VALUE
                else LastUpdateReason(last_update_reason)
            )
        )
        instance_.subaccount_number = (
            value_
            if (value_ := d.get("subaccount_number", UNSET)).__class__ is int
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
