from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.orderbook_delta_payload_msg import OrderbookDeltaPayloadMsg


from . import orderbook_delta_payload_msg as _orderbook_delta_payload_msg

_JSON_NAMES: tuple[str, ...] = (
    "type",
    "sid",
    "seq",
    "msg",
    "sending_ts_ms",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="OrderbookDeltaPayload")


@_attrs_define
class OrderbookDeltaPayload:
    """One change of one price level of a market's order book."""

    type_: Literal["orderbook_delta"]
    """ Which kind of message this is; it tells how to read msg. """
    sid: int
    """ The subscription this message belongs to, as numbered by the server when it was acknowledged. """
    seq: int
    """ This subscription's message counter, starting at 1; a jump means messages were lost. """
    msg: OrderbookDeltaPayloadMsg
    """ The content of the message. """
    sending_ts_ms: int | Unset = UNSET
    """ When the server sent the message (Unix time, milliseconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sid = self.sid

        seq = self.seq

        msg = self.msg.to_dict()

        sending_ts_ms = self.sending_ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sid": sid,
                "seq": seq,
                "msg": msg,
            }
        )
        if sending_ts_ms is not UNSET:
            field_dict["sending_ts_ms"] = sending_ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not OrderbookDeltaPayload:
            return as_subclass(cls, OrderbookDeltaPayload.from_dict(d))
        instance_ = _new(cls)
        instance_.type_ = d["type"]
        instance_.sid = (
            value_ if (value_ := d["sid"]).__class__ is int else _wrong_type(value_)
        )
        instance_.seq = (
            value_ if (value_ := d["seq"]).__class__ is int else _wrong_type(value_)
        )
        instance_.msg = _orderbook_delta_payload_msg.OrderbookDeltaPayloadMsg.from_dict(
            d["msg"]
        )
        instance_.sending_ts_ms = (
            value_
            if (value_ := d.get("sending_ts_ms", UNSET)).__class__ is int
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
