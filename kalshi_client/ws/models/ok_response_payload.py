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
    from ..models.ok_response_payload_msg import OkResponsePayloadMsg


T = TypeVar("T", bound="OkResponsePayload")


@_attrs_define
class OkResponsePayload:
    """Success of an update_subscription command, with the subscription's markets."""

    type_: Literal["ok"]
    """ Which kind of message this is; it tells how to read msg. """
    id: int | Unset = UNSET
    """ A client-chosen command number, unique on its connection; 0 stands for none. """
    sid: int | Unset = UNSET
    """ A subscription number given by the server. """
    seq: int | Unset = UNSET
    """ A per-subscription message counter starting at 1. """
    msg: OkResponsePayloadMsg | Unset = UNSET
    """ The content of the message. """
    sending_ts_ms: int | Unset = UNSET
    """ A server send time, in Unix milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        sid = self.sid

        seq = self.seq

        msg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.msg, Unset):
            msg = self.msg.to_dict()

        sending_ts_ms = self.sending_ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sid is not UNSET:
            field_dict["sid"] = sid
        if seq is not UNSET:
            field_dict["seq"] = seq
        if msg is not UNSET:
            field_dict["msg"] = msg
        if sending_ts_ms is not UNSET:
            field_dict["sending_ts_ms"] = sending_ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ok_response_payload_msg import OkResponsePayloadMsg  # noqa: PLC0415

        d = dict(src_dict)
        if d.get("msg", UNSET) is None:
            del d["msg"]
        type_ = cast(Literal["ok"], d.pop("type"))
        if type_ != "ok":
            raise ValueError(f"type must match const 'ok', got '{type_}'")

        id = d.pop("id", UNSET)

        sid = d.pop("sid", UNSET)

        seq = d.pop("seq", UNSET)

        _msg = d.pop("msg", UNSET)
        msg: OkResponsePayloadMsg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = OkResponsePayloadMsg.from_dict(_msg)

        sending_ts_ms = d.pop("sending_ts_ms", UNSET)

        ok_response_payload = cls(
            type_=type_,
            id=id,
            sid=sid,
            seq=seq,
            msg=msg,
            sending_ts_ms=sending_ts_ms,
        )

        ok_response_payload.additional_properties = d
        return ok_response_payload

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
