from __future__ import annotations

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
from ..models.create_order_v2_request_time_in_force import (
    CreateOrderV2RequestTimeInForce,
)
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)
_CreateOrderV2RequestTimeInForce_BY_VALUE = cast(
    "dict[Any, CreateOrderV2RequestTimeInForce]",
    CreateOrderV2RequestTimeInForce._value2member_map_,
)
_SelfTradePreventionType_BY_VALUE = cast(
    "dict[Any, SelfTradePreventionType]", SelfTradePreventionType._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "side",
    "count",
    "price",
    "time_in_force",
    "self_trade_prevention_type",
    "client_order_id",
    "expiration_time",
    "post_only",
    "cancel_order_on_pause",
    "reduce_only",
    "subaccount",
    "order_group_id",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_side(value: BookSide | Literal["bid", "ask"]) -> BookSide:
    return _enum_member(BookSide, value, "side")


def _to_time_in_force(
    value: CreateOrderV2RequestTimeInForce
    | Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"],
) -> CreateOrderV2RequestTimeInForce:
    return _enum_member(CreateOrderV2RequestTimeInForce, value, "time_in_force")


def _to_self_trade_prevention_type(
    value: SelfTradePreventionType | Literal["taker_at_cross", "maker"],
) -> SelfTradePreventionType:
    return _enum_member(SelfTradePreventionType, value, "self_trade_prevention_type")


T = TypeVar("T", bound="CreateOrderV2Request")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CreateOrderV2Request:
    """A new order in the V2 shape.

    Example:
        {'ticker': 'KXHIGHNY-26NOV30-T50', 'client_order_id': '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'side': 'bid',
            'count': '10.00', 'price': '0.5500', 'time_in_force': 'good_till_canceled', 'post_only': False,
            'self_trade_prevention_type': 'taker_at_cross', 'subaccount': 0, 'order_group_id':
            '4556fdc1-431c-454a-9931-ddb6a80c9470'}

    """

    ticker: str
    side: BookSide = _attrs_field(converter=_to_side)
    """ Side of the yes book: bid buys yes, ask sells yes. Selling yes is the same as buying no at 1 minus the
    price. """
    count: Decimal = _attrs_field(converter=_money)
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    price: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    time_in_force: CreateOrderV2RequestTimeInForce = _attrs_field(
        converter=_to_time_in_force
    )
    self_trade_prevention_type: SelfTradePreventionType = _attrs_field(
        converter=_to_self_trade_prevention_type
    )
    """ What happens when an order would trade with another order of the same user: taker_at_cross cancels the
    incoming order (fills already made stand), maker cancels the resting order and matching goes on. """
    client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    """ When the order expires, in Unix seconds; use with time_in_force good_till_canceled. """
    post_only: bool | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    """ When true, the order is cancelled if trading on the exchange is paused. """
    reduce_only: bool | Unset = UNSET
    """ When true, the order may only shrink the caller's position. """
    subaccount: int | Unset = UNSET
    """ Subaccount to trade from (0 is the primary account); keys tied to one subaccount leave it out or give their
    own. """
    order_group_id: str | Unset = UNSET
    """ Order group to put the order in. """
    exchange_index: int | Unset = UNSET
    """ Exchange shard. Left out, the order is routed by ticker when that is given and goes to shard 0 otherwise; -1
    insists on routing by ticker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = _enum_value(BookSide, self.side, "side")

        count = _money_text(self.count)

        price = _money_text(self.price)

        time_in_force = _enum_value(
            CreateOrderV2RequestTimeInForce, self.time_in_force, "time_in_force"
        )

        self_trade_prevention_type = _enum_value(
            SelfTradePreventionType,
            self.self_trade_prevention_type,
            "self_trade_prevention_type",
        )

        client_order_id = self.client_order_id

        expiration_time = self.expiration_time

        post_only = self.post_only

        cancel_order_on_pause = self.cancel_order_on_pause

        reduce_only = self.reduce_only

        subaccount = self.subaccount

        order_group_id = self.order_group_id

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "count": count,
                "price": price,
                "time_in_force": time_in_force,
                "self_trade_prevention_type": self_trade_prevention_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CreateOrderV2Request:
            return as_subclass(cls, CreateOrderV2Request.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.side = (
            _BookSide_BY_VALUE[d["side"]]
            if d["side"] in _BookSide_BY_VALUE
            else BookSide(d["side"])
        )
        count = d["count"]
        instance_.count = _decimals[count] if count in _decimals else _decimal(count)
        price = d["price"]
        instance_.price = _decimals[price] if price in _decimals else _decimal(price)
        instance_.time_in_force = (
            _CreateOrderV2RequestTimeInForce_BY_VALUE[d["time_in_force"]]
            if d["time_in_force"] in _CreateOrderV2RequestTimeInForce_BY_VALUE
            else CreateOrderV2RequestTimeInForce(d["time_in_force"])
        )
        instance_.self_trade_prevention_type = (
            _SelfTradePreventionType_BY_VALUE[d["self_trade_prevention_type"]]
            if d["self_trade_prevention_type"] in _SelfTradePreventionType_BY_VALUE
            else SelfTradePreventionType(d["self_trade_prevention_type"])
        )
        instance_.client_order_id = (
            value_
            if (value_ := d.get("client_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.expiration_time = (
            value_
            if (value_ := d.get("expiration_time", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.post_only = (
            value_
            if (value_ := d.get("post_only", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
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
        instance_.reduce_only = (
            value_
            if (value_ := d.get("reduce_only", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
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
