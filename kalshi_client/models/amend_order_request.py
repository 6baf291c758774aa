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

from ..models.amend_order_request_action import AmendOrderRequestAction
from ..models.amend_order_request_side import AmendOrderRequestSide
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_AmendOrderRequestAction_BY_VALUE = cast(
    "dict[Any, AmendOrderRequestAction]", AmendOrderRequestAction._value2member_map_
)
_AmendOrderRequestSide_BY_VALUE = cast(
    "dict[Any, AmendOrderRequestSide]", AmendOrderRequestSide._value2member_map_
)

_JSON_NAMES: tuple[str, ...] = (
    "ticker",
    "side",
    "action",
    "subaccount",
    "client_order_id",
    "updated_client_order_id",
    "yes_price",
    "no_price",
    "yes_price_dollars",
    "no_price_dollars",
    "count",
    "count_fp",
    "exchange_index",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_side(
    value: AmendOrderRequestSide | Literal["yes", "no"],
) -> AmendOrderRequestSide:
    return _enum_member(AmendOrderRequestSide, value, "side")


def _to_action(
    value: AmendOrderRequestAction | Literal["buy", "sell"],
) -> AmendOrderRequestAction:
    return _enum_member(AmendOrderRequestAction, value, "action")


T = TypeVar("T", bound="AmendOrderRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AmendOrderRequest:
    """Body of the older amend call (not used by any operation in this description)."""

    ticker: str
    side: AmendOrderRequestSide = _attrs_field(converter=_to_side)
    action: AmendOrderRequestAction = _attrs_field(converter=_to_action)
    subaccount: int | Unset = 0
    """ Subaccount of the order; 0 is the primary account, 1-63 are numbered subaccounts. """
    client_order_id: str | Unset = UNSET
    """ The client order id the order has now. """
    updated_client_order_id: str | Unset = UNSET
    """ The client order id the order should have afterwards. """
    yes_price: int | Unset = UNSET
    """ New yes price in cents. """
    no_price: int | Unset = UNSET
    """ New no price in cents. """
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
    count: int | Unset = UNSET
    """ New size in whole contracts; give count or count_fp, and if both, the same number. """
    count_fp: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ New size as a decimal string; give count or count_fp, and if both, the same number. """
    exchange_index: int | Unset = 0
    """ Exchange shard; 0 when left out, -1 routes by market ticker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = _enum_value(AmendOrderRequestSide, self.side, "side")

        action = _enum_value(AmendOrderRequestAction, self.action, "action")

        subaccount = self.subaccount

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars: str | Unset = UNSET
        if not isinstance(self.yes_price_dollars, Unset):
            yes_price_dollars = _money_text(self.yes_price_dollars)

        no_price_dollars: str | Unset = UNSET
        if not isinstance(self.no_price_dollars, Unset):
            no_price_dollars = _money_text(self.no_price_dollars)

        count = self.count

        count_fp: None | str | Unset = (
            self.count_fp
            if self.count_fp is None or isinstance(self.count_fp, Unset)
            else _money_text(self.count_fp)
        )

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
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not AmendOrderRequest:
            return as_subclass(cls, AmendOrderRequest.from_dict(d))
        instance_ = _new(cls)
        instance_.ticker = (
            value_ if (value_ := d["ticker"]).__class__ is str else _wrong_type(value_)
        )
        instance_.side = (
            _AmendOrderRequestSide_BY_VALUE[d["side"]]
            if d["side"] in _AmendOrderRequestSide_BY_VALUE
            else AmendOrderRequestSide(d["side"])
        )
        instance_.action = (
            _AmendOrderRequestAction_BY_VALUE[d["action"]]
            if d["action"] in _AmendOrderRequestAction_BY_VALUE
            else AmendOrderRequestAction(d["action"])
        )
        instance_.subaccount = (
            value_
            if (value_ := d.get("subaccount", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
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
