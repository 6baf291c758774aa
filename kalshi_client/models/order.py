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

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import money as _money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.book_side import BookSide
from ..models.order_action import OrderAction
from ..models.order_outcome_side import OrderOutcomeSide
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)
_OrderAction_BY_VALUE = cast("dict[Any, OrderAction]", OrderAction._value2member_map_)
_OrderOutcomeSide_BY_VALUE = cast(
    "dict[Any, OrderOutcomeSide]", OrderOutcomeSide._value2member_map_
)
_OrderSide_BY_VALUE = cast("dict[Any, OrderSide]", OrderSide._value2member_map_)
_OrderStatus_BY_VALUE = cast("dict[Any, OrderStatus]", OrderStatus._value2member_map_)
_OrderType_BY_VALUE = cast("dict[Any, OrderType]", OrderType._value2member_map_)
_SelfTradePreventionType_BY_VALUE = cast(
    "dict[Any, SelfTradePreventionType]", SelfTradePreventionType._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "order_id",
    "user_id",
    "client_order_id",
    "ticker",
    "type",
    "status",
    "yes_price_dollars",
    "no_price_dollars",
    "fill_count_fp",
    "remaining_count_fp",
    "initial_count_fp",
    "taker_fill_cost_dollars",
    "maker_fill_cost_dollars",
    "taker_fees_dollars",
    "maker_fees_dollars",
    "side",
    "action",
    "outcome_side",
    "book_side",
    "expiration_time",
    "created_time",
    "last_update_time",
    "self_trade_prevention_type",
    "order_group_id",
    "cancel_order_on_pause",
    "subaccount_number",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_type_(value: OrderType | Literal["limit", "market"]) -> OrderType:
    return _enum_member(OrderType, value, "type_")


def _to_status(
    value: OrderStatus | Literal["resting", "canceled", "executed"],
) -> OrderStatus:
    return _enum_member(OrderStatus, value, "status")


def _to_side(value: OrderSide | Literal["yes", "no"] | Unset) -> OrderSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(OrderSide, value, "side")


def _to_action(
    value: OrderAction | Literal["buy", "sell"] | Unset,
) -> OrderAction | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(OrderAction, value, "action")


def _to_outcome_side(
    value: OrderOutcomeSide | Literal["yes", "no"] | Unset,
) -> OrderOutcomeSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(OrderOutcomeSide, value, "outcome_side")


def _to_book_side(value: BookSide | Literal["bid", "ask"] | Unset) -> BookSide | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(BookSide, value, "book_side")


def _to_self_trade_prevention_type(
    value: SelfTradePreventionType | Literal["taker_at_cross", "maker"] | None | Unset,
) -> SelfTradePreventionType | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return _enum_member(SelfTradePreventionType, value, "self_trade_prevention_type")


T = TypeVar("T", bound="Order")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Order:
    """An order as the exchange keeps it.

    Example:
        {'order_id': '5aebbb29-ebe5-4bc5-b1c6-d5c75f98f924', 'user_id': 'fbab6403-6865-4ce4-abda-3bbde2c154ee',
            'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'ticker': 'KXHIGHNY-26NOV30-T50', 'outcome_side':
            'yes', 'book_side': 'bid', 'type': 'limit', 'status': 'resting', 'yes_price_dollars': '0.5500',
            'no_price_dollars': '0.4500', 'fill_count_fp': '4.00', 'remaining_count_fp': '6.00', 'initial_count_fp':
            '10.00', 'taker_fill_cost_dollars': '2.2000', 'maker_fill_cost_dollars': '0.0000', 'taker_fees_dollars':
            '0.0700', 'maker_fees_dollars': '0.0000', 'expiration_time': None, 'created_time':
            '2026-11-30T14:02:37.513904Z', 'last_update_time': '2026-11-30T14:02:37.513904Z', 'self_trade_prevention_type':
            'taker_at_cross', 'order_group_id': '4556fdc1-431c-454a-9931-ddb6a80c9470', 'cancel_order_on_pause': False,
            'subaccount_number': 0, 'exchange_index': 0}

    """

    order_id: str
    user_id: str
    client_order_id: str
    ticker: str
    type_: OrderType = _attrs_field(converter=_to_type_)
    status: OrderStatus = _attrs_field(converter=_to_status)
    """ Where an order stands: resting, canceled or executed. """
    yes_price_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_price_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    fill_count_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    remaining_count_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    initial_count_fp: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    taker_fill_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    maker_fill_cost_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    taker_fees_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    maker_fees_dollars: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    side: OrderSide | Unset = _attrs_field(default=UNSET, converter=_to_side)
    """ Deprecated; use outcome_side or book_side. """
    action: OrderAction | Unset = _attrs_field(default=UNSET, converter=_to_action)
    """ Deprecated; use outcome_side or book_side. """
    outcome_side: OrderOutcomeSide | Unset = _attrs_field(
        default=UNSET, converter=_to_outcome_side
    )
    """ The outcome the order takes: buying yes or selling no gives yes, buying no or selling yes gives no. """
    book_side: BookSide | Unset = _attrs_field(default=UNSET, converter=_to_book_side)
    """ Side of the yes book: bid buys yes, ask sells yes. Selling yes is the same as buying no at 1 minus the
    price. """
    expiration_time: datetime.datetime | None | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_update_time: datetime.datetime | None | Unset = UNSET
    """ Last change to the order: amend, cancel or fill. """
    self_trade_prevention_type: None | SelfTradePreventionType | Unset = _attrs_field(
        default=UNSET, converter=_to_self_trade_prevention_type
    )
    order_group_id: None | str | Unset = UNSET
    """ Order group the order belongs to, if any. """
    cancel_order_on_pause: bool | Unset = UNSET
    """ When true, the order is cancelled if trading on the exchange is paused. """
    subaccount_number: int | None | Unset = UNSET
    """ 0 is the primary account, 1-63 are numbered subaccounts. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        user_id = self.user_id

        client_order_id = self.client_order_id

        ticker = self.ticker

        type_ = _enum_value(OrderType, self.type_, "type_")

        status = _enum_value(OrderStatus, self.status, "status")

        yes_price_dollars = _money_text(self.yes_price_dollars)

        no_price_dollars = _money_text(self.no_price_dollars)

        fill_count_fp = _money_text(self.fill_count_fp)

        remaining_count_fp = _money_text(self.remaining_count_fp)

        initial_count_fp = _money_text(self.initial_count_fp)

        taker_fill_cost_dollars = _money_text(self.taker_fill_cost_dollars)

        maker_fill_cost_dollars = _money_text(self.maker_fill_cost_dollars)

        taker_fees_dollars = _money_text(self.taker_fees_dollars)

        maker_fees_dollars = _money_text(self.maker_fees_dollars)

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = _enum_value(OrderSide, self.side, "side")

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = _enum_value(OrderAction, self.action, "action")

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = _enum_value(
                OrderOutcomeSide, self.outcome_side, "outcome_side"
            )

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = _enum_value(BookSide, self.book_side, "book_side")

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        elif isinstance(self.expiration_time, datetime.datetime):
            expiration_time = self.expiration_time.isoformat()
        else:
            expiration_time = self.expiration_time

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        last_update_time: None | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        elif isinstance(self.last_update_time, datetime.datetime):
            last_update_time = self.last_update_time.isoformat()
        else:
            last_update_time = self.last_update_time

        self_trade_prevention_type: None | str | Unset
        if isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        elif isinstance(self.self_trade_prevention_type, SelfTradePreventionType):
            self_trade_prevention_type = _enum_value(
                SelfTradePreventionType,
                self.self_trade_prevention_type,
                "self_trade_prevention_type_type_1",
            )
        else:
            self_trade_prevention_type = self.self_trade_prevention_type

        order_group_id: None | str | Unset
        if isinstance(self.order_group_id, Unset):
            order_group_id = UNSET
        else:
            order_group_id = self.order_group_id

        cancel_order_on_pause = self.cancel_order_on_pause

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "user_id": user_id,
                "client_order_id": client_order_id,
                "ticker": ticker,
                "type": type_,
                "status": status,
                "yes_price_dollars": yes_price_dollars,
                "no_price_dollars": no_price_dollars,
                "fill_count_fp": fill_count_fp,
                "remaining_count_fp": remaining_count_fp,
                "initial_count_fp": initial_count_fp,
                "taker_fill_cost_dollars": taker_fill_cost_dollars,
                "maker_fill_cost_dollars": maker_fill_cost_dollars,
                "taker_fees_dollars": taker_fees_dollars,
                "maker_fees_dollars": maker_fees_dollars,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not Order:
            return as_subclass(cls, Order.from_dict(d))
        instance_ = _new(cls)
        instance_.order_id = (
            value_
            if (value_ := d["order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.user_id = (
            value_ if (value_ := d["user_id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.client_order_id = (
            value_
            if (value_ := d["client_order_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.type_ = (
            _OrderType_BY_VALUE[d["type"]]
            if d["type"] in _OrderType_BY_VALUE
            else OrderType(d["type"])
        )
        instance_.status = (
            _OrderStatus_BY_VALUE[d["status"]]
            if d["status"] in _OrderStatus_BY_VALUE
            else OrderStatus(d["status"])
        )
        yes_price_dollars = d["yes_price_dollars"]
        instance_.yes_price_dollars = (
            _decimals[yes_price_dollars]
            if yes_price_dollars in _decimals
            else _decimal(yes_price_dollars)
        )
        no_price_dollars = d["no_price_dollars"]
        instance_.no_price_dollars = (
            _decimals[no_price_dollars]
            if no_price_dollars in _decimals
            else _decimal(no_price_dollars)
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
        side = d.get("side", UNSET)
        instance_.side = (
            side
            if side is UNSET
            else (
                _OrderSide_BY_VALUE[side]
                if side in _OrderSide_BY_VALUE
                else OrderSide(side)
            )
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
        outcome_side = d.get("outcome_side", UNSET)
        instance_.outcome_side = (
            outcome_side
            if outcome_side is UNSET
            else (
                _OrderOutcomeSide_BY_VALUE[outcome_side]
                if outcome_side in _OrderOutcomeSide_BY_VALUE
                else OrderOutcomeSide(outcome_side)
            )
        )
        book_side = d.get("book_side", UNSET)
        instance_.book_side = (
            book_side
            if book_side is UNSET
            else (
                _BookSide_BY_VALUE[book_side]
                if book_side in _BookSide_BY_VALUE
                else BookSide(book_side)
            )
        )
        expiration_time = d.get("expiration_time", UNSET)
        instance_.expiration_time = (
            expiration_time
            if expiration_time is None or expiration_time is UNSET
            else _datetime_fromisoformat(expiration_time)
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
            if last_update_time is None or last_update_time is UNSET
            else _datetime_fromisoformat(last_update_time)
        )
        self_trade_prevention_type = d.get("self_trade_prevention_type", UNSET)
        instance_.self_trade_prevention_type = (
            self_trade_prevention_type
            if self_trade_prevention_type is None or self_trade_prevention_type is UNSET
            else (
                _SelfTradePreventionType_BY_VALUE[self_trade_prevention_type]
                if self_trade_prevention_type in _SelfTradePreventionType_BY_VALUE
                else SelfTradePreventionType(self_trade_prevention_type)
            )
        )
        instance_.order_group_id = (
            value_
            if (value_ := d.get("order_group_id", UNSET)).__class__ is str
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        instance_.cancel_order_on_pause = (
            value_
            if (value_ := d.get("cancel_order_on_pause", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.subaccount_number = (
            value_
            if (value_ := d.get("subaccount_number", UNSET)).__class__ is int
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
