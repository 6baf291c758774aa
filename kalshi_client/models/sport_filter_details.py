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
    from ..models.sport_filter_details_competitions import (
        SportFilterDetailsCompetitions,
    )


from . import sport_filter_details_competitions as _sport_filter_details_competitions

_JSON_NAMES: tuple[str, ...] = (
    "scopes",
    "competitions",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="SportFilterDetails")


@_attrs_define
class SportFilterDetails:
    scopes: list[str]
    competitions: SportFilterDetailsCompetitions
    """ The scopes of each competition in the sport. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scopes = self.scopes

        competitions = self.competitions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scopes": scopes,
                "competitions": competitions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not SportFilterDetails:
            return as_subclass(cls, SportFilterDetails.from_dict(d))
        instance_ = _new(cls)
        scopes = d["scopes"]
        instance_.scopes = (
            []
            if scopes is None
            else scopes
            if scopes.__class__ is list
            else _wrong_type(scopes)
        )
        instance_.competitions = (
            _sport_filter_details_competitions.SportFilterDetailsCompetitions.from_dict(
                d["competitions"]
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
