from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.endpoint_token_cost import EndpointTokenCost


from . import endpoint_token_cost as _endpoint_token_cost

_JSON_NAMES: tuple[str, ...] = (
    "default_cost",
    "endpoint_costs",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetAccountEndpointCostsResponse")


@_attrs_define
class GetAccountEndpointCostsResponse:
    default_cost: int
    """ Tokens a call costs when its endpoint is not listed (10 at present). """
    endpoint_costs: list[EndpointTokenCost]
    """ Endpoints whose cost is not default_cost. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_cost = self.default_cost

        endpoint_costs = []
        for endpoint_costs_item_data in self.endpoint_costs:
            endpoint_costs_item = endpoint_costs_item_data.to_dict()
            endpoint_costs.append(endpoint_costs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_cost": default_cost,
                "endpoint_costs": endpoint_costs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetAccountEndpointCostsResponse:
            return as_subclass(cls, GetAccountEndpointCostsResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.default_cost = (
            value_
            if (value_ := d["default_cost"]).__class__ is int
            else _wrong_type(value_)
        )
        endpoint_costs = d["endpoint_costs"]
        instance_.endpoint_costs = (
            []
            if endpoint_costs is None
            else [
                _endpoint_token_cost.EndpointTokenCost.from_dict(item)
                for item in endpoint_costs
            ]
            if endpoint_costs.__class__ is list
            else _wrong_type(endpoint_costs)
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
