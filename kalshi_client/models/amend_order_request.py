from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amend_order_request_action import AmendOrderRequestAction
from ..models.amend_order_request_side import AmendOrderRequestSide
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="AmendOrderRequest")


@_attrs_define
class AmendOrderRequest:
    """Body of the older amend call (not used by any operation in this description)."""

    ticker: str
    side: AmendOrderRequestSide
    action: AmendOrderRequestAction
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
    yes_price_dollars: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_price_dollars: str | Unset = UNSET
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    count: int | Unset = UNSET
    """ New size in whole contracts; give count or count_fp, and if both, the same number. """
    count_fp: None | str | Unset = UNSET
    """ New size as a decimal string; give count or count_fp, and if both, the same number. """
    exchange_index: int | Unset = 0
    """ Number of an exchange shard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = AmendOrderRequestSide(self.side).value

        action = AmendOrderRequestAction(self.action).value

        subaccount = self.subaccount

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        count = self.count

        count_fp: None | str | Unset
        if isinstance(self.count_fp, Unset):
            count_fp = UNSET
        else:
            count_fp = self.count_fp

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
        amend_order_request = cls(
            d["ticker"],
            (
                _AmendOrderRequestSide_BY_VALUE.get(d["side"])
                or AmendOrderRequestSide(d["side"])
            ),
            (
                _AmendOrderRequestAction_BY_VALUE.get(d["action"])
                or AmendOrderRequestAction(d["action"])
            ),
            d.get("subaccount", UNSET),
            d.get("client_order_id", UNSET),
            d.get("updated_client_order_id", UNSET),
            d.get("yes_price", UNSET),
            d.get("no_price", UNSET),
            d.get("yes_price_dollars", UNSET),
            d.get("no_price_dollars", UNSET),
            d.get("count", UNSET),
            d.get("count_fp", UNSET),
            d.get("exchange_index", UNSET),
        )
        if not _KNOWN.issuperset(d):
            amend_order_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return amend_order_request

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
