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

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.update_subscription_command_payload_params import (
        UpdateSubscriptionCommandPayloadParams,
    )


from . import (
    update_subscription_command_payload_params as _update_subscription_command_payload_params,
)

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "cmd",
    "params",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="UpdateSubscriptionCommandPayload")


@_attrs_define
class UpdateSubscriptionCommandPayload:
    """Changes the markets of one subscription, or asks for fresh order book snapshots."""

    id: int
    """ The number the client chose for its command; an answer carries it back. 0 stands for none. """
    cmd: Literal["update_subscription"]
    """ The command's name. """
    params: UpdateSubscriptionCommandPayloadParams
    """ The command's parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cmd = self.cmd

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cmd": cmd,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not UpdateSubscriptionCommandPayload:
            return as_subclass(cls, UpdateSubscriptionCommandPayload.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is int else _wrong_type(value_)
        )
        instance_.cmd = d["cmd"]
        instance_.params = _update_subscription_command_payload_params.UpdateSubscriptionCommandPayloadParams.from_dict(
            d["params"]
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
