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
from ..types import wrong_type as _wrong_type

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata_custom_strike import (
        LifecycleAdditionalMetadataCustomStrike,
    )


from . import (
    lifecycle_additional_metadata_custom_strike as _lifecycle_additional_metadata_custom_strike,
)

_JSON_NAMES: tuple[str, ...] = (
    "name",
    "title",
    "yes_sub_title",
    "no_sub_title",
    "rules_primary",
    "rules_secondary",
    "can_close_early",
    "event_ticker",
    "expected_expiration_ts",
    "strike_type",
    "floor_strike",
    "cap_strike",
    "custom_strike",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="LifecycleAdditionalMetadata")


@_attrs_define
class LifecycleAdditionalMetadata:
    """Descriptive details of a market, sent when it is created."""

    name: str
    title: str
    yes_sub_title: str
    no_sub_title: str
    rules_primary: str
    rules_secondary: str
    can_close_early: bool
    event_ticker: str
    """ The event's ticker. """
    expected_expiration_ts: int
    strike_type: str | Unset = UNSET
    """ How the strike is defined. """
    floor_strike: float | Unset = UNSET
    """ Lower strike. """
    cap_strike: float | Unset = UNSET
    """ Upper strike. """
    custom_strike: LifecycleAdditionalMetadataCustomStrike | Unset = UNSET
    """ Strike details of custom markets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        yes_sub_title = self.yes_sub_title

        no_sub_title = self.no_sub_title

        rules_primary = self.rules_primary

        rules_secondary = self.rules_secondary

        can_close_early = self.can_close_early

        event_ticker = self.event_ticker

        expected_expiration_ts = self.expected_expiration_ts

        strike_type = self.strike_type

        floor_strike = self.floor_strike

        cap_strike = self.cap_strike

        custom_strike: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_strike, Unset):
            custom_strike = self.custom_strike.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "title": title,
                "yes_sub_title": yes_sub_title,
                "no_sub_title": no_sub_title,
                "rules_primary": rules_primary,
                "rules_secondary": rules_secondary,
                "can_close_early": can_close_early,
                "event_ticker": event_ticker,
                "expected_expiration_ts": expected_expiration_ts,
            }
        )
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not LifecycleAdditionalMetadata:
            return as_subclass(cls, LifecycleAdditionalMetadata.from_dict(d))
        instance_ = _new(cls)
        instance_.name = (
            value_ if (value_ := d["name"]).__class__ is str else _wrong_type(value_)
        )
        instance_.title = (
            value_ if (value_ := d["title"]).__class__ is str else _wrong_type(value_)
        )
        instance_.yes_sub_title = (
            value_
            if (value_ := d["yes_sub_title"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.no_sub_title = (
            value_
            if (value_ := d["no_sub_title"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rules_primary = (
            value_
            if (value_ := d["rules_primary"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.rules_secondary = (
            value_
            if (value_ := d["rules_secondary"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.can_close_early = (
            value_
            if (value_ := d["can_close_early"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.event_ticker = (
            value_
            if (value_ := d["event_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.expected_expiration_ts = (
            value_
            if (value_ := d["expected_expiration_ts"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.strike_type = (
            value_
            if (value_ := d.get("strike_type", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.floor_strike = (
            value_
            if (value_ := d.get("floor_strike", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.cap_strike = (
            value_
            if (value_ := d.get("cap_strike", UNSET)).__class__ is float
            or value_.__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        custom_strike = d.get("custom_strike")
        instance_.custom_strike = (
            UNSET
            if custom_strike is None
            else _lifecycle_additional_metadata_custom_strike.LifecycleAdditionalMetadataCustomStrike.from_dict(
                custom_strike
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
