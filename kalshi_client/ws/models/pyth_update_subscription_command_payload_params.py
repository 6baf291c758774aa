from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.pyth_update_subscription_command_payload_params_action import (
    PythUpdateSubscriptionCommandPayloadParamsAction,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

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
_new = object.__new__


def _to_action(
    value: PythUpdateSubscriptionCommandPayloadParamsAction
    | Literal["subscribe_underlyings", "unsubscribe_underlyings", "underlying_list"],
) -> PythUpdateSubscriptionCommandPayloadParamsAction:
    return _enum_member(
        PythUpdateSubscriptionCommandPayloadParamsAction, value, "action"
    )


T = TypeVar("T", bound="PythUpdateSubscriptionCommandPayloadParams")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PythUpdateSubscriptionCommandPayloadParams:
    """The command's parameters."""

    action: PythUpdateSubscriptionCommandPayloadParamsAction = _attrs_field(
        converter=_to_action
    )
    """ What the update_subscription command does. """
    sid: int | Unset = UNSET
    """ The subscription this message belongs to, as numbered by the server when it was acknowledged. """
    sids: list[int] | Unset = UNSET
    """ Subscription numbers (exactly one for update_subscription). """
    underlying_tickers: list[str] | Unset = UNSET
    """ Pyth underlyings ("all" for every one). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = _enum_value(
            PythUpdateSubscriptionCommandPayloadParamsAction, self.action, "action"
        )

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not PythUpdateSubscriptionCommandPayloadParams:
            return as_subclass(
                cls, PythUpdateSubscriptionCommandPayloadParams.from_dict(d)
            )
        instance_ = _new(cls)
        instance_.action = (
            _PythUpdateSubscriptionCommandPayloadParamsAction_BY_VALUE[d["action"]]
            if d["action"] in _PythUpdateSubscriptionCommandPayloadParamsAction_BY_VALUE
            else PythUpdateSubscriptionCommandPayloadParamsAction(d["action"])
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
        underlying_tickers = d.get("underlying_tickers")
        instance_.underlying_tickers = (
            UNSET
            if underlying_tickers is None
            else underlying_tickers
            if underlying_tickers.__class__ is list
            else _wrong_type(underlying_tickers)
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
