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
    from ..models.error_response_payload_msg import ErrorResponsePayloadMsg


from . import error_response_payload_msg as _error_response_payload_msg

_JSON_NAMES: tuple[str, ...] = (
    "type",
    "msg",
    "id",
    "sid",
    "seq",
    "sending_ts_ms",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="ErrorResponsePayload")


@_attrs_define
class ErrorResponsePayload:
    """A command failed, or a subscription ended on an error."""

    type_: Literal["error"]
    """ Which kind of message this is; it tells how to read msg. """
    msg: ErrorResponsePayloadMsg
    """ The content of the message. """
    id: int | Unset = UNSET
    """ The number the client chose for its command; an answer carries it back. 0 stands for none. """
    sid: int | Unset = UNSET
    """ The subscription this message belongs to, as numbered by the server when it was acknowledged. """
    seq: int | Unset = UNSET
    """ This subscription's message counter, starting at 1; a jump means messages were lost. """
    sending_ts_ms: int | Unset = UNSET
    """ When the server sent the message (Unix time, milliseconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        msg = self.msg.to_dict()

        id = self.id

        sid = self.sid

        seq = self.seq

        sending_ts_ms = self.sending_ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "msg": msg,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sid is not UNSET:
            field_dict["sid"] = sid
        if seq is not UNSET:
            field_dict["seq"] = seq
        if sending_ts_ms is not UNSET:
            field_dict["sending_ts_ms"] = sending_ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ErrorResponsePayload:
            return as_subclass(cls, ErrorResponsePayload.from_dict(d))
        instance_ = _new(cls)
        instance_.type_ = d["type"]
        instance_.msg = _error_response_payload_msg.ErrorResponsePayloadMsg.from_dict(
            d["msg"]
        )
        instance_.id = (
            value_
            if (value_ := d.get("id", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.sid = (
            value_
            if (value_ := d.get("sid", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.seq = (
            value_
            if (value_ := d.get("seq", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
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
