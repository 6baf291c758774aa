from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribe_command_payload_params_channels_item import (
    SubscribeCommandPayloadParamsChannelsItem,
)
from ..models.subscribe_command_payload_params_user_filter import (
    SubscribeCommandPayloadParamsUserFilter,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscribeCommandPayloadParams")


@_attrs_define
class SubscribeCommandPayloadParams:
    """The command's parameters."""

    channels: list[SubscribeCommandPayloadParamsChannelsItem]
    """ The channels to subscribe to, each answered with its own subscription. """
    market_ticker: str | Unset = UNSET
    """ The market's ticker. """
    market_tickers: list[str] | Unset = UNSET
    """ Market tickers. """
    market_id: UUID | Unset = UNSET
    """ The market's UUID. """
    market_ids: list[UUID] | Unset = UNSET
    """ Market UUIDs. """
    send_initial_snapshot: bool | Unset = False
    """ Ask for a first snapshot of the subscribed markets. """
    skip_ticker_ack: bool | Unset = False
    """ Leave the market lists out of ok answers for this subscription. """
    use_yes_price: bool | Unset = False
    """ Order book channel only; report no-side levels in yes-leg prices. Kalshi plans to make this the default,
    then the only behaviour. """
    user_filter: SubscribeCommandPayloadParamsUserFilter | Unset = (
        SubscribeCommandPayloadParamsUserFilter.VALUE_0
    )
    """ Communications channel only; "self" limits RFQ events to your own. """
    shard_factor: int | Unset = UNSET
    """ Communications channel only; how many shards the fan-out is split into. """
    shard_key: int | Unset = UNSET
    """ Communications channel only; which shard this connection receives. """
    index_ids: list[str] | Unset = UNSET
    """ CF Benchmarks indices ("all" for every one). """
    underlying_tickers: list[str] | Unset = UNSET
    """ Pyth underlyings ("all" for every one). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channels = []
        for channels_item_data in self.channels:
            channels_item = SubscribeCommandPayloadParamsChannelsItem(
                channels_item_data
            ).value
            channels.append(channels_item)

        market_ticker = self.market_ticker

        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        market_id: str | Unset = UNSET
        if not isinstance(self.market_id, Unset):
            market_id = str(self.market_id)

        market_ids: list[str] | Unset = UNSET
        if not isinstance(self.market_ids, Unset):
            market_ids = []
            for market_ids_item_data in self.market_ids:
                market_ids_item = str(market_ids_item_data)
                market_ids.append(market_ids_item)

        send_initial_snapshot = self.send_initial_snapshot

        skip_ticker_ack = self.skip_ticker_ack

        use_yes_price = self.use_yes_price

        user_filter: str | Unset = UNSET
        if not isinstance(self.user_filter, Unset):
            user_filter = SubscribeCommandPayloadParamsUserFilter(
                self.user_filter
            ).value

        shard_factor = self.shard_factor

        shard_key = self.shard_key

        index_ids: list[str] | Unset = UNSET
        if not isinstance(self.index_ids, Unset):
            index_ids = self.index_ids

        underlying_tickers: list[str] | Unset = UNSET
        if not isinstance(self.underlying_tickers, Unset):
            underlying_tickers = self.underlying_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
            }
        )
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ids is not UNSET:
            field_dict["market_ids"] = market_ids
        if send_initial_snapshot is not UNSET:
            field_dict["send_initial_snapshot"] = send_initial_snapshot
        if skip_ticker_ack is not UNSET:
            field_dict["skip_ticker_ack"] = skip_ticker_ack
        if use_yes_price is not UNSET:
            field_dict["use_yes_price"] = use_yes_price
        if user_filter is not UNSET:
            field_dict["user_filter"] = user_filter
        if shard_factor is not UNSET:
            field_dict["shard_factor"] = shard_factor
        if shard_key is not UNSET:
            field_dict["shard_key"] = shard_key
        if index_ids is not UNSET:
            field_dict["index_ids"] = index_ids
        if underlying_tickers is not UNSET:
            field_dict["underlying_tickers"] = underlying_tickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if d.get("market_tickers", UNSET) is None:
            del d["market_tickers"]
        if d.get("market_ids", UNSET) is None:
            del d["market_ids"]
        if d.get("index_ids", UNSET) is None:
            del d["index_ids"]
        if d.get("underlying_tickers", UNSET) is None:
            del d["underlying_tickers"]
        if d.get("channels", UNSET) is None:
            d["channels"] = []
        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = SubscribeCommandPayloadParamsChannelsItem(
                channels_item_data
            )

            channels.append(channels_item)

        market_ticker = d.pop("market_ticker", UNSET)

        market_tickers = cast(list[str], d.pop("market_tickers", UNSET))

        _market_id = d.pop("market_id", UNSET)
        market_id: UUID | Unset
        if isinstance(_market_id, Unset):
            market_id = UNSET
        else:
            market_id = UUID(_market_id)

        _market_ids = d.pop("market_ids", UNSET)
        market_ids: list[UUID] | Unset = UNSET
        if _market_ids is not UNSET:
            market_ids = []
            for market_ids_item_data in _market_ids:
                market_ids_item = UUID(market_ids_item_data)

                market_ids.append(market_ids_item)

        send_initial_snapshot = d.pop("send_initial_snapshot", UNSET)

        skip_ticker_ack = d.pop("skip_ticker_ack", UNSET)

        use_yes_price = d.pop("use_yes_price", UNSET)

        _user_filter = d.pop("user_filter", UNSET)
        user_filter: SubscribeCommandPayloadParamsUserFilter | Unset
        if isinstance(_user_filter, Unset):
            user_filter = UNSET
        else:
            user_filter = SubscribeCommandPayloadParamsUserFilter(_user_filter)

        shard_factor = d.pop("shard_factor", UNSET)

        shard_key = d.pop("shard_key", UNSET)

        index_ids = cast(list[str], d.pop("index_ids", UNSET))

        underlying_tickers = cast(list[str], d.pop("underlying_tickers", UNSET))

        subscribe_command_payload_params = cls(
            channels=channels,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
            market_id=market_id,
            market_ids=market_ids,
            send_initial_snapshot=send_initial_snapshot,
            skip_ticker_ack=skip_ticker_ack,
            use_yes_price=use_yes_price,
            user_filter=user_filter,
            shard_factor=shard_factor,
            shard_key=shard_key,
            index_ids=index_ids,
            underlying_tickers=underlying_tickers,
        )

        subscribe_command_payload_params.additional_properties = d
        return subscribe_command_payload_params

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
