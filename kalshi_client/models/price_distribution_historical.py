from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define
class PriceDistributionHistorical:
    """Yes trade prices over one candlestick period, in dollars; each is null when nothing traded."""

    open_: None | str
    """ First trade price. """
    low: None | str
    """ Lowest trade price. """
    high: None | str
    """ Highest trade price. """
    close: None | str
    """ Last trade price. """
    mean: None | str
    """ Volume-weighted average trade price. """
    previous: None | str
    """ Close of the period before; null for the first period or when nothing traded earlier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_: None | str
        open_ = self.open_

        low: None | str
        low = self.low

        high: None | str
        high = self.high

        close: None | str
        close = self.close

        mean: None | str
        mean = self.mean

        previous: None | str
        previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "open": open_,
                "low": low,
                "high": high,
                "close": close,
                "mean": mean,
                "previous": previous,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_open_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        open_ = _parse_open_(d.pop("open"))

        def _parse_low(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        low = _parse_low(d.pop("low"))

        def _parse_high(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        high = _parse_high(d.pop("high"))

        def _parse_close(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        close = _parse_close(d.pop("close"))

        def _parse_mean(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mean = _parse_mean(d.pop("mean"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        price_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
            mean=mean,
            previous=previous,
        )

        price_distribution_historical.additional_properties = d
        return price_distribution_historical

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
