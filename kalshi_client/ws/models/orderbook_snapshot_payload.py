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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orderbook_snapshot_payload_msg import OrderbookSnapshotPayloadMsg


from . import orderbook_snapshot_payload_msg as _orderbook_snapshot_payload_msg

_JSON_NAMES: tuple[str, ...] = (
    "type",
    "sid",
    "seq",
    "msg",
    "id",
    "sending_ts_ms",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="OrderbookSnapshotPayload")


@_attrs_define
class OrderbookSnapshotPayload:
    """Every price level of a market's order book at one clock value; replaces what was known before."""

    type_: Literal["orderbook_snapshot"]
    """ Which kind of message this is; it tells how to read msg. """
    sid: int
    """ A subscription number given by the server. """
    seq: int
    """ A per-subscription message counter starting at 1. """
    msg: OrderbookSnapshotPayloadMsg
    """ The content of the message. """
    id: int | Unset = UNSET
    """ A client-chosen command number, unique on its connection; 0 stands for none. """
    sending_ts_ms: int | Unset = UNSET
    """ A server send time, in Unix milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sid = self.sid

        seq = self.seq

        msg = self.msg.to_dict()

        id = self.id

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
        if id is not UNSET:
            field_dict["id"] = id
        if sending_ts_ms is not UNSET:
            field_dict["sending_ts_ms"] = sending_ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        orderbook_snapshot_payload = cls(
            d["type"],
            d["sid"],
            d["seq"],
            _orderbook_snapshot_payload_msg.OrderbookSnapshotPayloadMsg.from_dict(
                d["msg"]
            ),
            d.get("id", UNSET),
            d.get("sending_ts_ms", UNSET),
        )
        if not _KNOWN.issuperset(d):
            orderbook_snapshot_payload.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return orderbook_snapshot_payload

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
