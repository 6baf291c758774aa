from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orderbook_snapshot_payload_msg import OrderbookSnapshotPayloadMsg


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
        from ..models.orderbook_snapshot_payload_msg import OrderbookSnapshotPayloadMsg  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["orderbook_snapshot"], d.pop("type"))
        if type_ != "orderbook_snapshot":
            raise ValueError(
                f"type must match const 'orderbook_snapshot', got '{type_}'"
            )

        sid = d.pop("sid")

        seq = d.pop("seq")

        msg = OrderbookSnapshotPayloadMsg.from_dict(d.pop("msg"))

        id = d.pop("id", UNSET)

        sending_ts_ms = d.pop("sending_ts_ms", UNSET)

        orderbook_snapshot_payload = cls(
            type_=type_,
            sid=sid,
            seq=seq,
            msg=msg,
            id=id,
            sending_ts_ms=sending_ts_ms,
        )

        orderbook_snapshot_payload.additional_properties = d
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
