from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_subclass
from ..types import wrong_type as _wrong_type

_JSON_NAMES: tuple[str, ...] = (
    "market_ticker",
    "market_id",
    "clock",
    "yes_dollars_fp",
    "no_dollars_fp",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="OrderbookSnapshotPayloadMsg")


@_attrs_define
class OrderbookSnapshotPayloadMsg:
    """The content of the message."""

    market_ticker: str
    """ The market's ticker. """
    market_id: UUID
    """ The market's UUID. """
    clock: int
    """ The exchange's clock for this market; equal on every connection, it only grows (with gaps) while subscribed,
    except across exchange maintenance. Not comparable between markets. """
    yes_dollars_fp: list[list[str]] | Unset = UNSET
    """ Yes-side price levels as [price in dollars, contracts] pairs; absent when the side is empty. """
    no_dollars_fp: list[list[str]] | Unset = UNSET
    """ No-side price levels as [price in dollars, contracts] pairs; absent when the side is empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        market_id = str(self.market_id)

        clock = self.clock

        yes_dollars_fp: list[list[str]] | Unset = UNSET
        if not isinstance(self.yes_dollars_fp, Unset):
            yes_dollars_fp = []
            for yes_dollars_fp_item_data in self.yes_dollars_fp:
                yes_dollars_fp_item = yes_dollars_fp_item_data

                yes_dollars_fp.append(yes_dollars_fp_item)

        no_dollars_fp: list[list[str]] | Unset = UNSET
        if not isinstance(self.no_dollars_fp, Unset):
            no_dollars_fp = []
            for no_dollars_fp_item_data in self.no_dollars_fp:
                no_dollars_fp_item = no_dollars_fp_item_data

                no_dollars_fp.append(no_dollars_fp_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "market_id": market_id,
                "clock": clock,
            }
        )
        if yes_dollars_fp is not UNSET:
            field_dict["yes_dollars_fp"] = yes_dollars_fp
        if no_dollars_fp is not UNSET:
            field_dict["no_dollars_fp"] = no_dollars_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not OrderbookSnapshotPayloadMsg:
            return as_subclass(cls, OrderbookSnapshotPayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.market_id = UUID(d["market_id"])
        instance_.clock = (
            value_ if (value_ := d["clock"]).__class__ is int else _wrong_type(value_)
        )
        yes_dollars_fp = d.get("yes_dollars_fp")
        instance_.yes_dollars_fp = (
            UNSET
            if yes_dollars_fp is None
            else yes_dollars_fp
            if yes_dollars_fp.__class__ is list
            else _wrong_type(yes_dollars_fp)
        )
        no_dollars_fp = d.get("no_dollars_fp")
        instance_.no_dollars_fp = (
            UNSET
            if no_dollars_fp is None
            else no_dollars_fp
            if no_dollars_fp.__class__ is list
            else _wrong_type(no_dollars_fp)
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
