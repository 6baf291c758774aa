from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.subscribe_command_payload_params_channels_item import (
    SubscribeCommandPayloadParamsChannelsItem,
)
from ..models.subscribe_command_payload_params_user_filter import (
    SubscribeCommandPayloadParamsUserFilter,
)
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_SubscribeCommandPayloadParamsChannelsItem_BY_VALUE = cast(
    "dict[Any, SubscribeCommandPayloadParamsChannelsItem]",
    SubscribeCommandPayloadParamsChannelsItem._value2member_map_,
)
_SubscribeCommandPayloadParamsUserFilter_BY_VALUE = cast(
    "dict[Any, SubscribeCommandPayloadParamsUserFilter]",
    SubscribeCommandPayloadParamsUserFilter._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "channels",
    "market_ticker",
    "market_tickers",
    "market_id",
    "market_ids",
    "send_initial_snapshot",
    "skip_ticker_ack",
    "use_yes_price",
    "user_filter",
    "shard_factor",
    "shard_key",
    "index_ids",
    "underlying_tickers",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_user_filter(
    value: SubscribeCommandPayloadParamsUserFilter | Literal["", "self"] | Unset,
) -> SubscribeCommandPayloadParamsUserFilter | Unset:
    if isinstance(value, Unset):
        return value
    return _enum_member(SubscribeCommandPayloadParamsUserFilter, value, "user_filter")


T = TypeVar("T", bound="SubscribeCommandPayloadParams")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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
    user_filter: SubscribeCommandPayloadParamsUserFilter | Unset = _attrs_field(
        default=SubscribeCommandPayloadParamsUserFilter.VALUE_0,
        converter=_to_user_filter,
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
            channels_item = _enum_value(
                SubscribeCommandPayloadParamsChannelsItem,
                channels_item_data,
                "channels_item",
            )
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
            user_filter = _enum_value(
                SubscribeCommandPayloadParamsUserFilter, self.user_filter, "user_filter"
            )

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
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not SubscribeCommandPayloadParams:
            return as_subclass(cls, SubscribeCommandPayloadParams.from_dict(d))
        instance_ = _new(cls)
        channels = d["channels"]
        instance_.channels = (
            []
            if channels is None
            else [
                (
                    _SubscribeCommandPayloadParamsChannelsItem_BY_VALUE[item]
                    if item in _SubscribeCommandPayloadParamsChannelsItem_BY_VALUE
                    else SubscribeCommandPayloadParamsChannelsItem(item)
                )
                for item in channels
            ]
            if channels.__class__ is list
            else _wrong_type(channels)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d.get("market_ticker", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        market_tickers = d.get("market_tickers")
        instance_.market_tickers = (
            UNSET
            if market_tickers is None
            else market_tickers
            if market_tickers.__class__ is list
            else _wrong_type(market_tickers)
        )
        market_id = d.get("market_id", UNSET)
        instance_.market_id = market_id if market_id is UNSET else UUID(market_id)
        market_ids = d.get("market_ids")
        instance_.market_ids = (
            UNSET
            if market_ids is None
            else [UUID(item) for item in market_ids]
            if market_ids.__class__ is list
            else _wrong_type(market_ids)
        )
        instance_.send_initial_snapshot = (
            value_
            if (value_ := d.get("send_initial_snapshot", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.skip_ticker_ack = (
            value_
            if (value_ := d.get("skip_ticker_ack", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.use_yes_price = (
            value_
            if (value_ := d.get("use_yes_price", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        user_filter = d.get("user_filter", UNSET)
        instance_.user_filter = (
            user_filter
            if user_filter is UNSET
            else (
                _SubscribeCommandPayloadParamsUserFilter_BY_VALUE[user_filter]
                if user_filter in _SubscribeCommandPayloadParamsUserFilter_BY_VALUE
                else SubscribeCommandPayloadParamsUserFilter(user_filter)
            )
        )
        instance_.shard_factor = (
            value_
            if (value_ := d.get("shard_factor", UNSET)).__class__ is int
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.shard_key = (
            value_
            if (value_ := d.get("shard_key", UNSET)).__class__ is int or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        index_ids = d.get("index_ids")
        instance_.index_ids = (
            UNSET
            if index_ids is None
            else index_ids
            if index_ids.__class__ is list
            else _wrong_type(index_ids)
        )
        underlying_tickers = d.get("underlying_tickers")
        instance_.underlying_tickers = (
            UNSET
            if underlying_tickers is None
            else underlying_tickers
            if underlying_tickers.__class__ is list
            else _wrong_type(underlying_tickers)
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
