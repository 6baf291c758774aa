from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="AmendOrderV2Request")


@_attrs_define
class AmendOrderV2Request:
    """New terms for an existing order, in the V2 shape.

    Example:
        {'ticker': 'KXHIGHNY-26NOV30-T50', 'side': 'bid', 'price': '0.5600', 'count': '10.00', 'client_order_id':
            '41eb6ceb-bc15-45ca-8501-6b6d81cf19ba', 'updated_client_order_id': '0b9526a0-33f9-4007-95c0-8f321209c64c'}

    """

    ticker: str
    side: BookSide
    """ Side of the yes book: bid buys yes, ask sells yes. Selling yes is the same as buying no at 1 minus the
    price. """
    price: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    count: str
    """ A contract count as a decimal string. Responses always carry two decimals ("10.00"); requests may carry up
    to two. Counts may be fractional, in steps of 0.01. """
    client_order_id: str | Unset = UNSET
    """ The client order id the order has now. """
    updated_client_order_id: str | Unset = UNSET
    """ The client order id the order should have afterwards. """
    expiration_time: int | Unset = UNSET
    """ New expiry in Unix seconds; leave out to keep the current one, 0 to remove it. """
    exchange_index: int | Unset = UNSET
    """ Number of an exchange shard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = BookSide(self.side).value

        price = self.price

        count = self.count

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
        amend_order_v2_request = cls(
            d["ticker"],
            (_BookSide_BY_VALUE.get(d["side"]) or BookSide(d["side"])),
            d["price"],
            d["count"],
            d.get("client_order_id", UNSET),
            d.get("updated_client_order_id", UNSET),
            d.get("expiration_time", UNSET),
            d.get("exchange_index", UNSET),
        )
        if not _KNOWN.issuperset(d):
            amend_order_v2_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return amend_order_v2_request

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
