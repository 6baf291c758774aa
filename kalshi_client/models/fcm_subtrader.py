from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "subtrader_id",
    "exchange_indices",
    "trading_blocked",
    "fcm_trading_blocked",
    "propagation_pending",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="FCMSubtrader")


@_attrs_define
class FCMSubtrader:
    subtrader_id: str
    """ Full id of the subtrader. """
    exchange_indices: list[int]
    """ Exchange shards the subtrader has been seen on. """
    trading_blocked: bool
    """ Whether the subtrader is blocked from trading for any reason, firm-wide and Kalshi blocks included. """
    fcm_trading_blocked: bool
    """ Whether the FCM itself has blocked this subtrader. """
    propagation_pending: bool
    """ Whether a block set by the FCM has yet to reach the matching engine. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        exchange_indices = self.exchange_indices

        trading_blocked = self.trading_blocked

        fcm_trading_blocked = self.fcm_trading_blocked

        propagation_pending = self.propagation_pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "exchange_indices": exchange_indices,
                "trading_blocked": trading_blocked,
                "fcm_trading_blocked": fcm_trading_blocked,
                "propagation_pending": propagation_pending,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not FCMSubtrader:
            return as_subclass(cls, FCMSubtrader.from_dict(d))
        instance_ = _new(cls)
        instance_.subtrader_id = (
            value_
            if (value_ := d["subtrader_id"]).__class__ is str
            else _wrong_type(value_)
        )
        exchange_indices = d["exchange_indices"]
        instance_.exchange_indices = (
            []
            if exchange_indices is None
            else exchange_indices
            if exchange_indices.__class__ is list
            else _wrong_type(exchange_indices)
        )
        instance_.trading_blocked = (
            value_
            if (value_ := d["trading_blocked"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.fcm_trading_blocked = (
            value_
            if (value_ := d["fcm_trading_blocked"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.propagation_pending = (
            value_
            if (value_ := d["propagation_pending"]) is True or value_ is False
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
