from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market import Market


from . import market as _market

_JSON_NAMES: tuple[str, ...] = (
    "event_ticker",
    "market_ticker",
    "market",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="CreateMarketInMultivariateEventCollectionResponse")


@_attrs_define
class CreateMarketInMultivariateEventCollectionResponse:
    event_ticker: str
    market_ticker: str
    market: Market | Unset = UNSET
    """ A market: one tradable question with a yes and a no side. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        market: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market, Unset):
            market = self.market.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "market_ticker": market_ticker,
            }
        )
        if market is not UNSET:
            field_dict["market"] = market

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        market = d.get("market")
        market = UNSET if market is None else _market.Market.from_dict(market)
        create_market_in_multivariate_event_collection_response = cls(
            d["event_ticker"],
            d["market_ticker"],
            market,
        )
        if not _KNOWN.issuperset(d):
            create_market_in_multivariate_event_collection_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return create_market_in_multivariate_event_collection_response

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
