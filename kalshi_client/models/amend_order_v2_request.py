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
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_BookSide_BY_VALUE = cast("dict[Any, BookSide]", BookSide._value2member_map_)

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "side",
    "price",
    "count",
    "client_order_id",
    "updated_client_order_id",
    "expiration_time",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_side(value: BookSide | Literal["bid", "ask"]) -> BookSide:
    return _enum_member(BookSide, value, "side")


T = TypeVar("T", bound="AmendOrderV2Request")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AmendOrderV2Request:
    """New terms for an existing order, in the V2 shape.

    Example:
        {'ticker': 'KXHIGHNY-26NOV30-T50', 'side': 'bid', 'price': '0.5600', 'count': '10.00', 'client_order_id':
            '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'updated_client_order_id': '0b9526a0-33f9-4007-95c0-8f321209c64c'}

    """

    ticker: str
    side: BookSide = _attrs_field(converter=_to_side)
    """ Side of the yes book: bid buys yes, ask sells yes. Selling yes is the same as buying no at 1 minus the
    price. """
    price: Decimal = _attrs_field(converter=_money)
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    count: Decimal = _attrs_field(converter=_money)
    """ New total size: contracts already filled plus those that should stay resting, not the resting part alone.
    """
    client_order_id: str | Unset = UNSET
    """ The client order id the order has now. """
    updated_client_order_id: str | Unset = UNSET
    """ The client order id the order should have afterwards. """
    expiration_time: int | Unset = UNSET
    """ New expiry in Unix seconds; leave out to keep the current one, 0 to remove it. """
    exchange_index: int | Unset = UNSET
    """ Exchange shard. Left out, the request is routed by ticker when that is given and goes to shard 0 otherwise;
    -1 insists on routing by ticker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = _enum_value(BookSide, self.side, "side")

        price = _money_text(self.price)

        count = _money_text(self.count)

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        expiration_time = self.expiration_time

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "price": price,
                "count": count,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not AmendOrderV2Request:
            return as_subclass(cls, AmendOrderV2Request.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.side = (
            _BookSide_BY_VALUE[d["side"]]
            if d["side"] in _BookSide_BY_VALUE
            else BookSide(d["side"])
        )
        price = d["price"]
        instance_.price = _decimals[price] if price in _decimals else _decimal(price)
        count = d["count"]
        instance_.count = _decimals[count] if count in _decimals else _decimal(count)
        instance_.client_order_id = (
            value_
            if (value_ := d.get("client_order_id", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.updated_client_order_id = (
            value_
            if (value_ := d.get("updated_client_order_id", UNSET)).__class__ is str
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
