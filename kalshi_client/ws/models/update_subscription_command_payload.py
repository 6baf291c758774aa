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


T = TypeVar("T", bound="UpdateSubscriptionCommandPayload")


@_attrs_define
class UpdateSubscriptionCommandPayload:
    """Changes the markets of one subscription, or asks for fresh order book snapshots."""

    id: int
    """ A client-chosen command number, unique on its connection; 0 stands for none. """
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
        update_subscription_command_payload = cls(
            d["id"],
            d["cmd"],
            _update_subscription_command_payload_params.UpdateSubscriptionCommandPayloadParams.from_dict(
                d["params"]
            ),
        )
        if not _KNOWN.issuperset(d):
            update_subscription_command_payload.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return update_subscription_command_payload

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
