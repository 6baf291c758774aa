from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pyth_update_subscription_command_payload_params_action import (
    PythUpdateSubscriptionCommandPayloadParamsAction,
)
from ..types import UNSET, Unset

_PythUpdateSubscriptionCommandPayloadParamsAction_BY_VALUE = cast(
    "dict[Any, PythUpdateSubscriptionCommandPayloadParamsAction]",
    PythUpdateSubscriptionCommandPayloadParamsAction._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "action",
    "sid",
    "sids",
    "underlying_tickers",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="PythUpdateSubscriptionCommandPayloadParams")


@_attrs_define
class PythUpdateSubscriptionCommandPayloadParams:
    """The command's parameters."""

    action: PythUpdateSubscriptionCommandPayloadParamsAction
    """ What the update_subscription command does. """
    sid: int | Unset = UNSET
    """ A subscription number given by the server. """
    sids: list[int] | Unset = UNSET
    """ Subscription numbers (exactly one for update_subscription). """
    underlying_tickers: list[str] | Unset = UNSET
    """ Pyth underlyings ("all" for every one). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = PythUpdateSubscriptionCommandPayloadParamsAction(self.action).value

        sid = self.sid

        sids: list[int] | Unset = UNSET
        if not isinstance(self.sids, Unset):
            sids = self.sids

        underlying_tickers: list[str] | Unset = UNSET
        if not isinstance(self.underlying_tickers, Unset):
            underlying_tickers = self.underlying_tickers

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
        if underlying_tickers is not UNSET:
            field_dict["underlying_tickers"] = underlying_tickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sids = d.get("sids")
        sids = UNSET if sids is None else sids
        underlying_tickers = d.get("underlying_tickers")
        underlying_tickers = UNSET if underlying_tickers is None else underlying_tickers
        pyth_update_subscription_command_payload_params = cls(
            (
                _PythUpdateSubscriptionCommandPayloadParamsAction_BY_VALUE.get(
                    d["action"]
                )
                or PythUpdateSubscriptionCommandPayloadParamsAction(d["action"])
            ),
            d.get("sid", UNSET),
            sids,
            underlying_tickers,
        )
        if not _KNOWN.issuperset(d):
            pyth_update_subscription_command_payload_params.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return pyth_update_subscription_command_payload_params

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
