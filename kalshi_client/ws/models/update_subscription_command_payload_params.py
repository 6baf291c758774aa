from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_subscription_command_payload_params_action import (
    UpdateSubscriptionCommandPayloadParamsAction,
)
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="UpdateSubscriptionCommandPayloadParams")


@_attrs_define
class UpdateSubscriptionCommandPayloadParams:
    """The command's parameters."""

    action: UpdateSubscriptionCommandPayloadParamsAction
    """ What the update_subscription command does. """
    sid: int | Unset = UNSET
    """ A subscription number given by the server. """
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
        action = UpdateSubscriptionCommandPayloadParamsAction(self.action).value

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
        sids = d.get("sids")
        sids = UNSET if sids is None else sids
        market_tickers = d.get("market_tickers")
        market_tickers = UNSET if market_tickers is None else market_tickers
        market_id = d.get("market_id", UNSET)
        if market_id is not UNSET:
            market_id = UUID(market_id)
        market_ids = d.get("market_ids")
        market_ids = (
            UNSET if market_ids is None else [UUID(item) for item in market_ids]
        )
        update_subscription_command_payload_params = cls(
            (
                _UpdateSubscriptionCommandPayloadParamsAction_BY_VALUE.get(d["action"])
                or UpdateSubscriptionCommandPayloadParamsAction(d["action"])
            ),
            d.get("sid", UNSET),
            sids,
            d.get("market_ticker", UNSET),
            market_tickers,
            market_id,
            market_ids,
            d.get("send_initial_snapshot", UNSET),
        )
        if not _KNOWN.issuperset(d):
            update_subscription_command_payload_params.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return update_subscription_command_payload_params

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
