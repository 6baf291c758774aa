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
    from ..models.get_filters_by_sports_response_filters_by_sports import (
        GetFiltersBySportsResponseFiltersBySports,
    )


from . import (
    get_filters_by_sports_response_filters_by_sports as _get_filters_by_sports_response_filters_by_sports,
)

_JSON_NAMES: tuple[str, ...] = (
    "filters_by_sports",
    "sport_ordering",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetFiltersBySportsResponse")


@_attrs_define
class GetFiltersBySportsResponse:
    filters_by_sports: GetFiltersBySportsResponseFiltersBySports
    """ The filters of each sport. """
    sport_ordering: list[str]
    """ Sports in the order to show them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters_by_sports = self.filters_by_sports.to_dict()

        sport_ordering = self.sport_ordering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters_by_sports": filters_by_sports,
                "sport_ordering": sport_ordering,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetFiltersBySportsResponse:
            return as_subclass(cls, GetFiltersBySportsResponse.from_dict(d))
        instance_ = _new(cls)
        instance_.filters_by_sports = _get_filters_by_sports_response_filters_by_sports.GetFiltersBySportsResponseFiltersBySports.from_dict(
            d["filters_by_sports"]
        )
        sport_ordering = d["sport_ordering"]
        instance_.sport_ordering = (
            []
            if sport_ordering is None
            else sport_ordering
            if sport_ordering.__class__ is list
            else _wrong_type(sport_ordering)
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
