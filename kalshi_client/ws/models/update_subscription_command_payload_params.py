from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.update_subscription_command_payload_params_action import (
    UpdateSubscriptionCommandPayloadParamsAction,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_UpdateSubscriptionCommandPayloadParamsAction_BY_VALUE = cast(
    "dict[Any, UpdateSubscriptionCommandPayloadParamsAction]",
    UpdateSubscriptionCommandPayloadParamsAction._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "action",
    "sid",
    "sids",
    "market_ticker",
    "market_tickers",
    "market_id",
    "market_ids",
    "send_initial_snapshot",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_action(
    value: UpdateSubscriptionCommandPayloadParamsAction
    | Literal["add_markets", "delete_markets", "get_snapshot"],
) -> UpdateSubscriptionCommandPayloadParamsAction:
    return _enum_member(UpdateSubscriptionCommandPayloadParamsAction, value, "action")


T = TypeVar("T", bound="UpdateSubscriptionCommandPayloadParams")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class UpdateSubscriptionCommandPayloadParams:
    """The command's parameters."""

    action: UpdateSubscriptionCommandPayloadParamsAction = _attrs_field(
        converter=_to_action
    )
    """ What the update_subscription command does. """
    sid: int | Unset = UNSET
    """ The subscription this message belongs to, as numbered by the server when it was acknowledged. """
    sids: list[int] | Unset = UNSET
    """ Subscription numbers (exactly one for update_subscription). """
    market_ticker: str | Unset = UNSET
    """ The market's ticker. """
    market_tickers: list[str] | Unset = UNSET
    """ Market tickers. """
    market_id: UUID | Unset = UNSET
    """ The market's UUID. """
    market_ids: list[UUID] | Unset = UNSET
    """ Market UUIDs. """
    send_initial_snapshot: bool | Unset = False
    """ Ask for a first snapshot of the subscribed markets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = _enum_value(
            UpdateSubscriptionCommandPayloadParamsAction, self.action, "action"
        )

        sid = self.sid

        sids: list[int] | Unset = UNSET
        if not isinstance(self.sids, Unset):
            sids = self.sids

        market_ticker = self.market_ticker

        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        market_id: str | Unset = UNSET
        if not isinstance(self.market_id, Unset):
            market_id = str(self.market_id)

        market_ids: list[str] | Unset = UNSET
        if not isinstance(self.market_ids, Unset):
            market_ids = []
            for market_ids_item_data in self.market_ids:
                market_ids_item = str(market_ids_item_data)
                market_ids.append(market_ids_item)

        send_initial_snapshot = self.send_initial_snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if sid is not UNSET:
            field_dict["sid"] = sid
        if sids is not UNSET:
            field_dict["sids"] = sids
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ids is not UNSET:
            field_dict["market_ids"] = market_ids
        if send_initial_snapshot is not UNSET:
            field_dict["send_initial_snapshot"] = send_initial_snapshot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not UpdateSubscriptionCommandPayloadParams:
            return as_subclass(cls, UpdateSubscriptionCommandPayloadParams.from_dict(d))
        instance_ = _new(cls)
        instance_.action = (
            _UpdateSubscriptionCommandPayloadParamsAction_BY_VALUE[d["action"]]
            if d["action"] in _UpdateSubscriptionCommandPayloadParamsAction_BY_VALUE
            else UpdateSubscriptionCommandPayloadParamsAction(d["action"])
        )
        instance_.sid = (
            value_
            if (value_ := d.get("sid", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        sids = d.get("sids")
        instance_.sids = (
            UNSET
            if sids is None
            else sids
            if sids.__class__ is list
            else _wrong_type(sids)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d.get("market_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        market_tickers = d.get("market_tickers")
        instance_.market_tickers = (
            UNSET
            if market_tickers is None
            else market_tickers
            if market_tickers.__class__ is list
            else _wrong_type(market_tickers)
        )
        market_id = d.get("market_id", UNSET)
        instance_.market_id = market_id if market_id is UNSET else UUID(market_id)
        market_ids = d.get("market_ids")
        instance_.market_ids = (
            UNSET
            if market_ids is None
            else [UUID(item) for item in market_ids]
            if market_ids.__class__ is list
            else _wrong_type(market_ids)
        )
        instance_.send_initial_snapshot = (
            value_
            if (value_ := d.get("send_initial_snapshot", UNSET)) is True
            or value_ is False
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
