from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..types import UNSET, Unset

_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)
_MarketSide_BY_VALUE = cast("dict[Any, MarketSide]", MarketSide._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "trade_id",
    "market_ticker",
    "yes_price_dollars",
    "no_price_dollars",
    "count_fp",
    "taker_outcome_side",
    "taker_book_side",
    "is_block_trade",
    "ts_ms",
    "taker_side",
    "ts",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="TradePayloadMsg")


@_attrs_define
class TradePayloadMsg:
    """The content of the message."""

    trade_id: UUID
    """ The trade's identifier. """
    market_ticker: str
    """ A market's ticker. """
    yes_price_dollars: str
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    no_price_dollars: str
    """ A dollar amount as a fixed-point decimal string (up to four decimals). """
    count_fp: str
    """ Number of contracts. """
    taker_outcome_side: MarketSide
    """ One of the two outcomes of a market. """
    taker_book_side: BookSide
    """ Bid or ask. """
    is_block_trade: bool
    """ Whether the trade was a block trade. """
    ts_ms: int
    """ When it happened (Unix time, milliseconds). """
    taker_side: MarketSide | Unset = UNSET
    """ One of the two outcomes of a market. """
    ts: int | Unset = UNSET
    """ When it happened (Unix time, seconds). Deprecated by Kalshi: kept for old clients; prefer the field named in
    its place. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = str(self.trade_id)

        market_ticker = self.market_ticker

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        count_fp = self.count_fp

        taker_outcome_side = MarketSide(self.taker_outcome_side).value

        taker_book_side = BookSide(self.taker_book_side).value

        is_block_trade = self.is_block_trade

        ts_ms = self.ts_ms

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = MarketSide(self.taker_side).value

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trade_id": trade_id,
                "market_ticker": market_ticker,
                "yes_price_dollars": yes_price_dollars,
                "no_price_dollars": no_price_dollars,
                "count_fp": count_fp,
                "taker_outcome_side": taker_outcome_side,
                "taker_book_side": taker_book_side,
                "is_block_trade": is_block_trade,
                "ts_ms": ts_ms,
            }
        )
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        taker_side = d.get("taker_side", UNSET)
        if taker_side is not UNSET:
            taker_side = _MarketSide_BY_VALUE.get(taker_side) or MarketSide(taker_side)
        trade_payload_msg = cls(
            UUID(d["trade_id"]),
            d["market_ticker"],
            d["yes_price_dollars"],
            d["no_price_dollars"],
            d["count_fp"],
            (
                _MarketSide_BY_VALUE.get(d["taker_outcome_side"])
                or MarketSide(d["taker_outcome_side"])
            ),
            (
                _BookSide_BY_VALUE.get(d["taker_book_side"])
                or BookSide(d["taker_book_side"])
            ),
            d["is_block_trade"],
            d["ts_ms"],
            taker_side,
            d.get("ts", UNSET),
        )
        if not _KNOWN.issuperset(d):
            trade_payload_msg.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return trade_payload_msg

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
