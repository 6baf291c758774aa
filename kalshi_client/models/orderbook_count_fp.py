from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "yes_dollars",
    "no_dollars",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="OrderbookCountFp")


@_attrs_define
class OrderbookCountFp:
    """Bid levels for yes and for no, with prices in dollars and contract counts as fixed-point strings.

    Example:
        {'yes_dollars': [['0.5200', '2500.00'], ['0.5400', '1210.00'], ['0.5500', '340.00']], 'no_dollars': [['0.4100',
            '3000.00'], ['0.4200', '860.00'], ['0.4300', '125.00']]}

    """

    yes_dollars: list[list[str]]
    no_dollars: list[list[str]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        yes_dollars = []
        for yes_dollars_item_data in self.yes_dollars:
            yes_dollars_item = yes_dollars_item_data

            yes_dollars.append(yes_dollars_item)

        no_dollars = []
        for no_dollars_item_data in self.no_dollars:
            no_dollars_item = no_dollars_item_data

            no_dollars.append(no_dollars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "yes_dollars": yes_dollars,
                "no_dollars": no_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not OrderbookCountFp:
            return as_subclass(cls, OrderbookCountFp.from_dict(d))
        instance_ = _new(cls)
        yes_dollars = d["yes_dollars"]
        instance_.yes_dollars = (
            []
            if yes_dollars is None
            else yes_dollars
            if yes_dollars.__class__ is list
            else _wrong_type(yes_dollars)
        )
        no_dollars = d["no_dollars"]
        instance_.no_dollars = (
            []
            if no_dollars is None
            else no_dollars
            if no_dollars.__class__ is list
            else _wrong_type(no_dollars)
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
