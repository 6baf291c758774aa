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
from kalshi_auth._money import optional_money as _optional_money
from kalshi_auth._money import optional_nullable_money as _optional_nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.create_order_request_action import CreateOrderRequestAction
from ..models.create_order_request_side import CreateOrderRequestSide
from ..models.create_order_request_time_in_force import CreateOrderRequestTimeInForce
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_CreateOrderRequestAction_BY_VALUE = cast(
    "dict[Any, CreateOrderRequestAction]", CreateOrderRequestAction._value2member_map_
)
_CreateOrderRequestSide_BY_VALUE = cast(
    "dict[Any, CreateOrderRequestSide]", CreateOrderRequestSide._value2member_map_
)
_CreateOrderRequestTimeInForce_BY_VALUE = cast(
    "dict[Any, CreateOrderRequestTimeInForce]",
    CreateOrderRequestTimeInForce._value2member_map_,
)
_SelfTradePreventionType_BY_VALUE = cast(
    "dict[Any, SelfTradePreventionType]", SelfTradePreventionType._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "side",
    "action",
    "client_order_id",
    "count",
    "count_fp",
    "yes_price",
    "no_price",
    "yes_price_dollars",
    "no_price_dollars",
    "expiration_ts",
    "time_in_force",
    "buy_max_cost",
    "post_only",
    "reduce_only",
    "sell_position_floor",
    "self_trade_prevention_type",
    "order_group_id",
    "cancel_order_on_pause",
    "subaccount",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_side(
    value: CreateOrderRequestSide | Literal["yes", "no"],
) -> CreateOrderRequestSide:
    return _enum_member(CreateOrderRequestSide, value, "side")


def _to_action(
    value: CreateOrderRequestAction | Literal["buy", "sell"],
) -> CreateOrderRequestAction:
    return _enum_member(CreateOrderRequestAction, value, "action")


def _to_time_in_force(
    value: CreateOrderRequestTimeInForce
    | Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]
    | Unset,
) -> CreateOrderRequestTimeInForce | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(CreateOrderRequestTimeInForce, value, "time_in_force")


def _to_self_trade_prevention_type(
    value: SelfTradePreventionType | Literal["taker_at_cross", "maker"] | Unset,
) -> SelfTradePreventionType | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(SelfTradePreventionType, value, "self_trade_prevention_type")


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CreateOrderRequest:
    """Body of the older order-placing call (not used by any operation in this description)."""

    ticker: str
    side: CreateOrderRequestSide = _attrs_field(converter=_to_side)
    action: CreateOrderRequestAction = _attrs_field(converter=_to_action)
    client_order_id: str | Unset = UNSET
    count: int | Unset = UNSET
    """ Size in whole contracts; give count or count_fp, and if both, the same number. """
    count_fp: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Size as a decimal string; give count or count_fp, and if both, the same number. """
    yes_price: int | Unset = UNSET
    """ Yes price in cents. """
    no_price: int | Unset = UNSET
    """ No price in cents. """
    yes_price_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_price_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    expiration_ts: int | Unset = UNSET
    """ When the order expires, in Unix seconds; use with time_in_force good_till_canceled. """
    time_in_force: CreateOrderRequestTimeInForce | Unset = _attrs_field(
        default=UNSET, converter=_to_time_in_force
    )
    buy_max_cost: int | Unset = UNSET
    """ Most the order may cost, in cents; setting it makes the order fill-or-kill. """
    post_only: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    sell_position_floor: int | Unset = UNSET
    """ Deprecated; use reduce_only. Only 0 is accepted. """
    self_trade_prevention_type: SelfTradePreventionType | Unset = _attrs_field(
        default=UNSET, converter=_to_self_trade_prevention_type
    )
    """ What happens when an order would trade with another order of the same user: taker_at_cross cancels the
    incoming order (fills already made stand), maker cancels the resting order and matching goes on. """
    order_group_id: str | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    """ When true, the order is cancelled if trading on the exchange is paused. """
    subaccount: int | Unset = 0
    """ Subaccount to trade from; 0 is the primary account, 1-63 are numbered subaccounts. """
    exchange_index: int | Unset = 0
    """ Exchange shard; 0 when left out, -1 routes by market ticker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = _enum_value(CreateOrderRequestSide, self.side, "side")

        action = _enum_value(CreateOrderRequestAction, self.action, "action")

        client_order_id = self.client_order_id

        count = self.count

        count_fp: None | str | Unset = (
            self.count_fp
            if self.count_fp is None or isinstance(self.count_fp, Unset)
            else _money_text(self.count_fp)
        )

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars: str | Unset = UNSET
        if not isinstance(self.yes_price_dollars, Unset):
            yes_price_dollars = _money_text(self.yes_price_dollars)

        no_price_dollars: str | Unset = UNSET
        if not isinstance(self.no_price_dollars, Unset):
            no_price_dollars = _money_text(self.no_price_dollars)

        expiration_ts = self.expiration_ts

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = _enum_value(
                CreateOrderRequestTimeInForce, self.time_in_force, "time_in_force"
            )

        buy_max_cost = self.buy_max_cost

        post_only = self.post_only

        reduce_only = self.reduce_only

        sell_position_floor = self.sell_position_floor

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = _enum_value(
                SelfTradePreventionType,
                self.self_trade_prevention_type,
                "self_trade_prevention_type",
            )

        order_group_id = self.order_group_id

        cancel_order_on_pause = self.cancel_order_on_pause

        subaccount = self.subaccount

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "action": action,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if expiration_ts is not UNSET:
            field_dict["expiration_ts"] = expiration_ts
        if time_in_force is not UNSET:
            field_dict["time_in_force"] = time_in_force
        if buy_max_cost is not UNSET:
            field_dict["buy_max_cost"] = buy_max_cost
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if sell_position_floor is not UNSET:
            field_dict["sell_position_floor"] = sell_position_floor
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CreateOrderRequest:
            return as_subclass(cls, CreateOrderRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.side = (
            _CreateOrderRequestSide_BY_VALUE[d["side"]]
            if d["side"] in _CreateOrderRequestSide_BY_VALUE
            else CreateOrderRequestSide(d["side"])
        )
        instance_.action = (
            _CreateOrderRequestAction_BY_VALUE[d["action"]]
            if d["action"] in _CreateOrderRequestAction_BY_VALUE
            else CreateOrderRequestAction(d["action"])
        )
        instance_.client_order_id = (
            value_
            if (value_ := d.get("client_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.count = (
            value_
            if (value_ := d.get("count", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        count_fp = d.get("count_fp", UNSET)
        instance_.count_fp = (
            count_fp
            if count_fp is None or count_fp is UNSET
            else _decimals[count_fp]
            if count_fp in _decimals
            else _decimal(count_fp)
        )
        instance_.yes_price = (
            value_
            if (value_ := d.get("yes_price", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.no_price = (
            value_
            if (value_ := d.get("no_price", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        yes_price_dollars = d.get("yes_price_dollars")
        instance_.yes_price_dollars = (
            UNSET
            if yes_price_dollars is None
            else _decimals[yes_price_dollars]
            if yes_price_dollars in _decimals
            else _decimal(yes_price_dollars)
        )
        no_price_dollars = d.get("no_price_dollars")
        instance_.no_price_dollars = (
            UNSET
            if no_price_dollars is None
            else _decimals[no_price_dollars]
            if no_price_dollars in _decimals
            else _decimal(no_price_dollars)
        )
        instance_.expiration_ts = (
            value_
            if (value_ := d.get("expiration_ts", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        time_in_force = d.get("time_in_force", UNSET)
        instance_.time_in_force = (
            time_in_force
            if time_in_force is UNSET
            else (
                _CreateOrderRequestTimeInForce_BY_VALUE[time_in_force]
                if time_in_force in _CreateOrderRequestTimeInForce_BY_VALUE
                else CreateOrderRequestTimeInForce(time_in_force)
            )
        )
        instance_.buy_max_cost = (
            value_
            if (value_ := d.get("buy_max_cost", UNSET)).__class__ is int
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
        instance_.reduce_only = (
            value_
            if (value_ := d.get("reduce_only", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.sell_position_floor = (
            value_
            if (value_ := d.get("sell_position_floor", UNSET)).__class__ is int
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
                _SelfTradePreventionType_BY_VALUE[self_trade_prevention_type]
                if self_trade_prevention_type in _SelfTradePreventionType_BY_VALUE
                else SelfTradePreventionType(self_trade_prevention_type)
            )
        )
        instance_.order_group_id = (
            value_
            if (value_ := d.get("order_group_id", UNSET)).__class__ is str
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
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
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
