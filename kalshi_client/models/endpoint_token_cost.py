from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "method",
    "path",
    "cost",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="EndpointTokenCost")


@_attrs_define
class EndpointTokenCost:
    method: str
    """ HTTP method. """
    path: str
    """ Route of the endpoint. """
    cost: int
    """ Tokens one call costs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        path = self.path

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "path": path,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        endpoint_token_cost = cls(
            d["method"],
            d["path"],
            d["cost"],
        )
        if not _KNOWN.issuperset(d):
            endpoint_token_cost.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return endpoint_token_cost

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
