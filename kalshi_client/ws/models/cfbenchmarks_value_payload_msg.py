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
    from ..models.cfbenchmarks_avg_data import CfbenchmarksAvgData


from . import cfbenchmarks_avg_data as _cfbenchmarks_avg_data

_JSON_NAMES: tuple[str, ...] = (
    "index_id",
    "received_at",
    "data",
    "avg_60s_data",
    "last_60s_windowed_average_15min",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="CfbenchmarksValuePayloadMsg")


@_attrs_define
class CfbenchmarksValuePayloadMsg:
    """The content of the message."""

    index_id: str
    """ The CF Benchmarks index. """
    received_at: int
    """ When Kalshi received the value (Unix milliseconds). """
    data: str
    """ The value as published by the source. """
    avg_60s_data: CfbenchmarksAvgData
    """ Average over the last 60 seconds. """
    last_60s_windowed_average_15min: CfbenchmarksAvgData | Unset = UNSET
    """ The 60-second average, over the last 15 minutes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        received_at = self.received_at

        data = self.data

        avg_60s_data = self.avg_60s_data.to_dict()

        last_60s_windowed_average_15min: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_60s_windowed_average_15min, Unset):
            last_60s_windowed_average_15min = (
                self.last_60s_windowed_average_15min.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index_id": index_id,
                "received_at": received_at,
                "data": data,
                "avg_60s_data": avg_60s_data,
            }
        )
        if last_60s_windowed_average_15min is not UNSET:
            field_dict["last_60s_windowed_average_15min"] = (
                last_60s_windowed_average_15min
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not CfbenchmarksValuePayloadMsg:
            return as_subclass(cls, CfbenchmarksValuePayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.index_id = (
            value_
            if (value_ := d["index_id"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.received_at = (
            value_
            if (value_ := d["received_at"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.data = (
            value_ if (value_ := d["data"]).__class__ is str else _wrong_type(value_)
        )
        instance_.avg_60s_data = _cfbenchmarks_avg_data.CfbenchmarksAvgData.from_dict(
            d["avg_60s_data"]
        )
        last_60s_windowed_average_15min = d.get("last_60s_windowed_average_15min")
        instance_.last_60s_windowed_average_15min = (
            UNSET
            if last_60s_windowed_average_15min is None
            else _cfbenchmarks_avg_data.CfbenchmarksAvgData.from_dict(
                last_60s_windowed_average_15min
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
