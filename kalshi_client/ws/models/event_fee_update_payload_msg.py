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

from ..models.event_fee_update_payload_msg_fee_type_override_type_0 import (
    EventFeeUpdatePayloadMsgFeeTypeOverrideType0,
)
from ..types import as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_EventFeeUpdatePayloadMsgFeeTypeOverrideType0_BY_VALUE = cast(
    "dict[Any, EventFeeUpdatePayloadMsgFeeTypeOverrideType0]",
    EventFeeUpdatePayloadMsgFeeTypeOverrideType0._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "fee_type_override",
    "fee_multiplier_override",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_fee_type_override(
    value: EventFeeUpdatePayloadMsgFeeTypeOverrideType0
    | Literal[
        "quadratic",
        "quadratic_with_maker_fees",
        "quadratic_with_combo_maker_fees",
        "flat",
        "margin_market_maker_program_fees",
    ]
    | None,
) -> EventFeeUpdatePayloadMsgFeeTypeOverrideType0 | None:
    if value is None:
        return value
    return _enum_member(
        EventFeeUpdatePayloadMsgFeeTypeOverrideType0, value, "fee_type_override"
    )


T = TypeVar("T", bound="EventFeeUpdatePayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EventFeeUpdatePayloadMsg:
    """The content of the message."""

    event_ticker: str
    """ The event's ticker. """
    fee_type_override: EventFeeUpdatePayloadMsgFeeTypeOverrideType0 | None = (
        _attrs_field(converter=_to_fee_type_override)
    )
    fee_multiplier_override: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        fee_type_override: None | str
        if isinstance(
            self.fee_type_override, EventFeeUpdatePayloadMsgFeeTypeOverrideType0
        ):
            fee_type_override = _enum_value(
                EventFeeUpdatePayloadMsgFeeTypeOverrideType0,
                self.fee_type_override,
                "fee_type_override_type_0",
            )
        else:
            fee_type_override = self.fee_type_override

        fee_multiplier_override: float | None
        fee_multiplier_override = self.fee_multiplier_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "fee_type_override": fee_type_override,
                "fee_multiplier_override": fee_multiplier_override,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not EventFeeUpdatePayloadMsg:
            return as_subclass(cls, EventFeeUpdatePayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        fee_type_override = d["fee_type_override"]
        instance_.fee_type_override = (
            fee_type_override
            if fee_type_override is None
            else (
                _EventFeeUpdatePayloadMsgFeeTypeOverrideType0_BY_VALUE[
                    fee_type_override
                ]
                if fee_type_override
                in _EventFeeUpdatePayloadMsgFeeTypeOverrideType0_BY_VALUE
                else EventFeeUpdatePayloadMsgFeeTypeOverrideType0(fee_type_override)
            )
        )
        instance_.fee_multiplier_override = (
            value_
            if (value_ := d["fee_multiplier_override"]).__class__ is float
            or value_.__class__ is int
            or value_ is None
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
