from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..models.order_action import OrderAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="FillPayloadMsg")


@_attrs_define
class FillPayloadMsg:
    """The content of the message."""

    trade_id: UUID
    """ The trade's identifier. """
    order_id: UUID
    """ The order's identifier. """
    market_ticker: str
    """ A market's ticker. """
    exchange_index: int
    """ Which of the exchange's matching engines handled it. """
    is_taker: bool
    """ Whether this side took liquidity. """
    ts_ms: int
    """ When it happened (Unix time, milliseconds). """
    yes_price_dollars: str
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    count_fp: str
    """ Number of contracts. """
    fee_cost: str
    """ Fees paid on the fill, in dollars. """
    post_position_fp: str
    """ The position after the fill, in contracts. """
    outcome_side: MarketSide
    """ One of the two outcomes of a market. """
    book_side: BookSide
    """ Bid or ask. """
    client_order_id: str | Unset = UNSET
    """ The identifier the order's owner gave it. """
    side: MarketSide | Unset = UNSET
    """ One of the two outcomes of a market. """
    ts: int | Unset = UNSET
    """ When it happened (Unix time, seconds). Deprecated by Kalshi: kept for old clients; prefer the field named in
    its place. """
    action: OrderAction | Unset = UNSET
    """ What an order did (an old way to describe a fill). """
    purchased_side: MarketSide | Unset = UNSET
    """ One of the two outcomes of a market. """
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

        yes_price_dollars = self.yes_price_dollars

        count_fp = self.count_fp

        fee_cost = self.fee_cost

        post_position_fp = self.post_position_fp

        outcome_side = MarketSide(self.outcome_side).value

        book_side = BookSide(self.book_side).value

        client_order_id = self.client_order_id

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = MarketSide(self.side).value

        ts = self.ts

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = OrderAction(self.action).value

        purchased_side: str | Unset = UNSET
        if not isinstance(self.purchased_side, Unset):
            purchased_side = MarketSide(self.purchased_side).value

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
        d = dict(src_dict)
        trade_id = UUID(d.pop("trade_id"))

        order_id = UUID(d.pop("order_id"))

        market_ticker = d.pop("market_ticker")

        exchange_index = d.pop("exchange_index")

        is_taker = d.pop("is_taker")

        ts_ms = d.pop("ts_ms")

        yes_price_dollars = d.pop("yes_price_dollars")

        count_fp = d.pop("count_fp")

        fee_cost = d.pop("fee_cost")

        post_position_fp = d.pop("post_position_fp")

        outcome_side = MarketSide(d.pop("outcome_side"))

        book_side = BookSide(d.pop("book_side"))

        client_order_id = d.pop("client_order_id", UNSET)

        _side = d.pop("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide(_side)

        ts = d.pop("ts", UNSET)

        _action = d.pop("action", UNSET)
        action: OrderAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OrderAction(_action)

        _purchased_side = d.pop("purchased_side", UNSET)
        purchased_side: MarketSide | Unset
        if isinstance(_purchased_side, Unset):
            purchased_side = UNSET
        else:
            purchased_side = MarketSide(_purchased_side)

        subaccount = d.pop("subaccount", UNSET)

        fill_payload_msg = cls(
            trade_id=trade_id,
            order_id=order_id,
            market_ticker=market_ticker,
            exchange_index=exchange_index,
            is_taker=is_taker,
            ts_ms=ts_ms,
            yes_price_dollars=yes_price_dollars,
            count_fp=count_fp,
            fee_cost=fee_cost,
            post_position_fp=post_position_fp,
            outcome_side=outcome_side,
            book_side=book_side,
            client_order_id=client_order_id,
            side=side,
            ts=ts,
            action=action,
            purchased_side=purchased_side,
            subaccount=subaccount,
        )

        fill_payload_msg.additional_properties = d
        return fill_payload_msg

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
