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

if TYPE_CHECKING:
    from ..models.multivariate_event_collection import MultivariateEventCollection


from . import multivariate_event_collection as _multivariate_event_collection

_JSON_NAMES: tuple[str, ...] = ("multivariate_contract",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetMultivariateEventCollectionResponse")


@_attrs_define
class GetMultivariateEventCollectionResponse:
    multivariate_contract: MultivariateEventCollection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multivariate_contract = self.multivariate_contract.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "multivariate_contract": multivariate_contract,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetMultivariateEventCollectionResponse:
            return as_subclass(cls, GetMultivariateEventCollectionResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.multivariate_contract = (
            _multivariate_event_collection.MultivariateEventCollection.from_dict(
                d["multivariate_contract"]
            )
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
