from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass

if TYPE_CHECKING:
    from ..models.play_by_play import PlayByPlay


from . import play_by_play as _play_by_play

_JSON_NAMES: tuple[str, ...] = ("pbp",)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="GetGameStatsResponse")


@_attrs_define
class GetGameStatsResponse:
    pbp: PlayByPlay | Unset = UNSET
    """ Play-by-play of a game, period by period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pbp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pbp, Unset):
            pbp = self.pbp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pbp is not UNSET:
            field_dict["pbp"] = pbp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not GetGameStatsResponse:
            return as_subclass(cls, GetGameStatsResponse.from_dict(d))
        instance_ = _new(cls)
        pbp = d.get("pbp")
        instance_.pbp = (
            UNSET if pbp is None else _play_by_play.PlayByPlay.from_dict(pbp)
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
