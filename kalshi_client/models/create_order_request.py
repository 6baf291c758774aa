from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_order_request_action import CreateOrderRequestAction
from ..models.create_order_request_side import CreateOrderRequestSide
from ..models.create_order_request_time_in_force import CreateOrderRequestTimeInForce
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """Body of the older order-placing call (not used by any operation in this description)."""

    ticker: str
    side: CreateOrderRequestSide
    action: CreateOrderRequestAction
    client_order_id: str | Unset = UNSET
    count: int | Unset = UNSET
    """ Size in whole contracts; give count or count_fp, and if both, the same number. """
    count_fp: None | str | Unset = UNSET
    """ Size as a decimal string; give count or count_fp, and if both, the same number. """
    yes_price: int | Unset = UNSET
    """ Yes price in cents. """
    no_price: int | Unset = UNSET
    """ No price in cents. """
    yes_price_dollars: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_price_dollars: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    expiration_ts: int | Unset = UNSET
    """ When the order expires, in Unix seconds; use with time_in_force good_till_canceled. """
    time_in_force: CreateOrderRequestTimeInForce | Unset = UNSET
    buy_max_cost: int | Unset = UNSET
    """ Most the order may cost, in cents; setting it makes the order fill-or-kill. """
    post_only: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    sell_position_floor: int | Unset = UNSET
    """ Deprecated; use reduce_only. Only 0 is accepted. """
    self_trade_prevention_type: SelfTradePreventionType | Unset = UNSET
    """ What happens when an order would trade with another order of the same user: taker_at_cross cancels the
    incoming order (fills already made stand), maker cancels the resting order and matching goes on. """
    order_group_id: str | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    """ When true, the order is cancelled if trading on the exchange is paused. """
    subaccount: int | Unset = 0
    """ Subaccount to trade from; 0 is the primary account, 1-63 are numbered subaccounts. """
    exchange_index: int | Unset = 0
    """ Number of an exchange shard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = CreateOrderRequestSide(self.side).value

        action = CreateOrderRequestAction(self.action).value

        client_order_id = self.client_order_id

        count = self.count

        count_fp: None | str | Unset
        if isinstance(self.count_fp, Unset):
            count_fp = UNSET
        else:
            count_fp = self.count_fp

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        expiration_ts = self.expiration_ts

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = CreateOrderRequestTimeInForce(self.time_in_force).value

        buy_max_cost = self.buy_max_cost

        post_only = self.post_only

        reduce_only = self.reduce_only

        sell_position_floor = self.sell_position_floor

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = SelfTradePreventionType(
                self.self_trade_prevention_type
            ).value

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
        time_in_force = d.get("time_in_force", UNSET)
        if time_in_force is not UNSET:
            time_in_force = _CreateOrderRequestTimeInForce_BY_VALUE.get(
                time_in_force
            ) or CreateOrderRequestTimeInForce(time_in_force)
        self_trade_prevention_type = d.get("self_trade_prevention_type", UNSET)
        if self_trade_prevention_type is not UNSET:
            self_trade_prevention_type = _SelfTradePreventionType_BY_VALUE.get(
                self_trade_prevention_type
            ) or SelfTradePreventionType(self_trade_prevention_type)
        create_order_request = cls(
            d["ticker"],
            (
                _CreateOrderRequestSide_BY_VALUE.get(d["side"])
                or CreateOrderRequestSide(d["side"])
            ),
            (
                _CreateOrderRequestAction_BY_VALUE.get(d["action"])
                or CreateOrderRequestAction(d["action"])
            ),
            d.get("client_order_id", UNSET),
            d.get("count", UNSET),
            d.get("count_fp", UNSET),
            d.get("yes_price", UNSET),
            d.get("no_price", UNSET),
            d.get("yes_price_dollars", UNSET),
            d.get("no_price_dollars", UNSET),
            d.get("expiration_ts", UNSET),
            time_in_force,
            d.get("buy_max_cost", UNSET),
            d.get("post_only", UNSET),
            d.get("reduce_only", UNSET),
            d.get("sell_position_floor", UNSET),
            self_trade_prevention_type,
            d.get("order_group_id", UNSET),
            d.get("cancel_order_on_pause", UNSET),
            d.get("subaccount", UNSET),
            d.get("exchange_index", UNSET),
        )
        if not _KNOWN.issuperset(d):
            create_order_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return create_order_request

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
