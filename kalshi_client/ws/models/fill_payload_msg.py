from __future__ import annotations

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
from ..models.market_side import MarketSide
from ..models.order_action import OrderAction
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)
_MarketSide_BY_VALUE = cast("dict[Any, MarketSide]", MarketSide._value2member_map_)
_OrderAction_BY_VALUE = cast("dict[Any, OrderAction]", OrderAction._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "trade_id",
    "order_id",
    "market_ticker",
    "exchange_index",
    "is_taker",
    "ts_ms",
    "yes_price_dollars",
    "count_fp",
    "fee_cost",
    "post_position_fp",
    "outcome_side",
    "book_side",
    "client_order_id",
    "side",
    "ts",
    "action",
    "purchased_side",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_outcome_side(value: MarketSide | Literal["yes", "no"]) -> MarketSide:
    return _enum_member(MarketSide, value, "outcome_side")


def _to_book_side(value: BookSide | Literal["bid", "ask"]) -> BookSide:
    return _enum_member(BookSide, value, "book_side")


def _to_side(value: MarketSide | Literal["yes", "no"] | Unset) -> MarketSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(MarketSide, value, "side")


def _to_action(
    value: OrderAction
    | Literal["buy", "sell", "sell_partial", "sell_to_close", ""]
    | Unset,
) -> OrderAction | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(OrderAction, value, "action")


def _to_purchased_side(
    value: MarketSide | Literal["yes", "no"] | Unset,
) -> MarketSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(MarketSide, value, "purchased_side")


T = TypeVar("T", bound="FillPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class FillPayloadMsg:
    """The content of the message."""

    trade_id: UUID
    """ The trade's identifier. """
    order_id: UUID
    """ The order's identifier. """
    market_ticker: str
    """ The market's ticker. """
    exchange_index: int
    """ Which of the exchange's matching engines handled it. """
    is_taker: bool
    """ Whether this side took liquidity. """
    ts_ms: int
    """ When it happened (Unix time, milliseconds). """
    yes_price_dollars: Decimal = _attrs_field(converter=_money)
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    count_fp: Decimal = _attrs_field(converter=_money)
    """ Number of contracts. """
    fee_cost: str
    """ Fees paid on the fill, in dollars. """
    post_position_fp: Decimal = _attrs_field(converter=_money)
    """ The position after the fill, in contracts. """
    outcome_side: MarketSide = _attrs_field(converter=_to_outcome_side)
    """ The outcome (yes or no) this side bought. """
    book_side: BookSide = _attrs_field(converter=_to_book_side)
    """ Whether this side was a bid or an ask in the book. """
    client_order_id: str | Unset = UNSET
    """ The identifier the order's owner gave it. """
    side: MarketSide | Unset = _attrs_field(default=UNSET, converter=_to_side)
    """ Which side of the market (yes or no). Deprecated by Kalshi: kept for old clients; prefer the field named in
    its place. """
    ts: int | Unset = UNSET
    """ When it happened (Unix time, seconds). Deprecated by Kalshi: kept for old clients; prefer the field named in
    its place. """
    action: OrderAction | Unset = _attrs_field(default=UNSET, converter=_to_action)
    """ What the update_subscription command does. Deprecated by Kalshi: kept for old clients; prefer the field
    named in its place. """
    purchased_side: MarketSide | Unset = _attrs_field(
        default=UNSET, converter=_to_purchased_side
    )
    """ Deprecated by Kalshi: kept for old clients; prefer the field named in its place. """
    subaccount: int | Unset = UNSET
    """ The subaccount number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = str(self.trade_id)

        order_id = str(self.order_id)

        market_ticker = self.market_ticker

        exchange_index = self.exchange_index

        is_taker = self.is_taker

        ts_ms = self.ts_ms

        yes_price_dollars = _money_text(self.yes_price_dollars)

        count_fp = _money_text(self.count_fp)

        fee_cost = self.fee_cost

        post_position_fp = _money_text(self.post_position_fp)

        outcome_side = _enum_value(MarketSide, self.outcome_side, "outcome_side")

        book_side = _enum_value(BookSide, self.book_side, "book_side")

        client_order_id = self.client_order_id

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = _enum_value(MarketSide, self.side, "side")

        ts = self.ts

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = _enum_value(OrderAction, self.action, "action")

        purchased_side: str | Unset = UNSET
        if not isinstance(self.purchased_side, Unset):
            purchased_side = _enum_value(
                MarketSide, self.purchased_side, "purchased_side"
            )

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trade_id": trade_id,
                "order_id": order_id,
                "market_ticker": market_ticker,
                "exchange_index": exchange_index,
                "is_taker": is_taker,
                "ts_ms": ts_ms,
                "yes_price_dollars": yes_price_dollars,
                "count_fp": count_fp,
                "fee_cost": fee_cost,
                "post_position_fp": post_position_fp,
                "outcome_side": outcome_side,
                "book_side": book_side,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if side is not UNSET:
            field_dict["side"] = side
        if ts is not UNSET:
            field_dict["ts"] = ts
        if action is not UNSET:
            field_dict["action"] = action
        if purchased_side is not UNSET:
            field_dict["purchased_side"] = purchased_side
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not FillPayloadMsg:
            return as_subclass(cls, FillPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.trade_id = UUID(d["trade_id"])
        instance_.order_id = UUID(d["order_id"])
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.exchange_index = (
            value_
            if (value_ := d["exchange_index"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.is_taker = (
            value_
            if (value_ := d["is_taker"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.ts_ms = (
            value_ if (value_ := d["ts_ms"]).__class__ is int else _wrong_type(value_)
        )
        yes_price_dollars = d["yes_price_dollars"]
        instance_.yes_price_dollars = (
            _decimals[yes_price_dollars]
            if yes_price_dollars in _decimals
            else _decimal(yes_price_dollars)
        )
        count_fp = d["count_fp"]
        instance_.count_fp = (
            _decimals[count_fp] if count_fp in _decimals else _decimal(count_fp)
        )
        instance_.fee_cost = (
            value_
            if (value_ := d["fee_cost"]).__class__ is str
            else _wrong_type(value_)
        )
        post_position_fp = d["post_position_fp"]
        instance_.post_position_fp = (
            _decimals[post_position_fp]
            if post_position_fp in _decimals
            else _decimal(post_position_fp)
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
        instance_.client_order_id = (
            value_
            if (value_ := d.get("client_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
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
        instance_.ts = (
            value_
            if (value_ := d.get("ts", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        action = d.get("action", UNSET)
        instance_.action = (
            action
            if action is UNSET
            else (
                _OrderAction_BY_VALUE[action]
                if action in _OrderAction_BY_VALUE
                else OrderAction(action)
            )
        )
        purchased_side = d.get("purchased_side", UNSET)
        instance_.purchased_side = (
            purchased_side
            if purchased_side is UNSET
            else (
                _MarketSide_BY_VALUE[purchased_side]
                if purchased_side in _MarketSide_BY_VALUE
                else MarketSide(purchased_side)
            )
        )
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
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
