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
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.order_group_updates_payload_msg_event_type import (
    OrderGroupUpdatesPayloadMsgEventType,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_OrderGroupUpdatesPayloadMsgEventType_BY_VALUE = cast(
    "dict[Any, OrderGroupUpdatesPayloadMsgEventType]",
    OrderGroupUpdatesPayloadMsgEventType._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "event_type",
    "order_group_id",
    "ts_ms",
    "contracts_limit_fp",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_event_type(
    value: OrderGroupUpdatesPayloadMsgEventType
    | Literal["created", "triggered", "reset", "deleted", "limit_updated"],
) -> OrderGroupUpdatesPayloadMsgEventType:
    return _enum_member(OrderGroupUpdatesPayloadMsgEventType, value, "event_type")


T = TypeVar("T", bound="OrderGroupUpdatesPayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class OrderGroupUpdatesPayloadMsg:
    """The content of the message."""

    event_type: OrderGroupUpdatesPayloadMsgEventType = _attrs_field(
        converter=_to_event_type
    )
    """ What happened. """
    order_group_id: str
    """ The order group's identifier. """
    ts_ms: int
    """ When it happened (Unix time, milliseconds). """
    contracts_limit_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=_optional_money
    )
    """ The order group's contract limit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = _enum_value(
            OrderGroupUpdatesPayloadMsgEventType, self.event_type, "event_type"
        )

        order_group_id = self.order_group_id

        ts_ms = self.ts_ms

        contracts_limit_fp: str | Unset = UNSET
        if not isinstance(self.contracts_limit_fp, Unset):
            contracts_limit_fp = _money_text(self.contracts_limit_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "order_group_id": order_group_id,
                "ts_ms": ts_ms,
            }
        )
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not OrderGroupUpdatesPayloadMsg:
            return as_subclass(cls, OrderGroupUpdatesPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.event_type = (
            _OrderGroupUpdatesPayloadMsgEventType_BY_VALUE[d["event_type"]]
            if d["event_type"] in _OrderGroupUpdatesPayloadMsgEventType_BY_VALUE
            else OrderGroupUpdatesPayloadMsgEventType(d["event_type"])
        )
        instance_.order_group_id = (
            value_
            if (value_ := d["order_group_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.ts_ms = (
            value_ if (value_ := d["ts_ms"]).__class__ is int else _wrong_type(value_)
        )
        contracts_limit_fp = d.get("contracts_limit_fp")
        instance_.contracts_limit_fp = (
            UNSET
            if contracts_limit_fp is None
            else _decimals[contracts_limit_fp]
            if contracts_limit_fp in _decimals
            else _decimal(contracts_limit_fp)
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
