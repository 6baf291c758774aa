from __future__ import annotations

import datetime
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
    from ..models.exchange_index_status import ExchangeIndexStatus


from . import exchange_index_status as _exchange_index_status

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

_JSON_NAMES: tuple[str, ...] = (
    "exchange_active",
    "trading_active",
    "intra_exchange_transfers_active",
    "exchange_estimated_resume_time",
    "exchange_index_statuses",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


T = TypeVar("T", bound="ExchangeStatus")


@_attrs_define
class ExchangeStatus:
    """
    Example:
        {'exchange_active': True, 'trading_active': True, 'intra_exchange_transfers_active': True,
            'exchange_estimated_resume_time': None, 'exchange_index_statuses': [{'exchange_index': 0, 'description': 'Event
            contracts', 'exchange_active': True, 'trading_active': True, 'intra_exchange_transfers_active': True}]}

    """

    exchange_active: bool
    """ False when the exchange takes no changes of any kind, e.g. during maintenance. """
    trading_active: bool
    """ True while trading is allowed; false outside trading hours or during a pause. """
    intra_exchange_transfers_active: bool | Unset = UNSET
    """ True while transfers between exchange instances are allowed. """
    exchange_estimated_resume_time: datetime.datetime | None | Unset = UNSET
    """ When maintenance is expected to end; it may run longer. """
    exchange_index_statuses: list[ExchangeIndexStatus] | Unset = UNSET
    """ Status of each exchange shard (the fields above are shard 0's); absent when not available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_active = self.exchange_active

        trading_active = self.trading_active

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        exchange_estimated_resume_time: None | str | Unset
        if isinstance(self.exchange_estimated_resume_time, Unset):
            exchange_estimated_resume_time = UNSET
        elif isinstance(self.exchange_estimated_resume_time, datetime.datetime):
            exchange_estimated_resume_time = (
                self.exchange_estimated_resume_time.isoformat()
            )
        else:
            exchange_estimated_resume_time = self.exchange_estimated_resume_time

        exchange_index_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchange_index_statuses, Unset):
            exchange_index_statuses = []
            for exchange_index_statuses_item_data in self.exchange_index_statuses:
                exchange_index_statuses_item = (
                    exchange_index_statuses_item_data.to_dict()
                )
                exchange_index_statuses.append(exchange_index_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_active": exchange_active,
                "trading_active": trading_active,
            }
        )
        if intra_exchange_transfers_active is not UNSET:
            field_dict["intra_exchange_transfers_active"] = (
                intra_exchange_transfers_active
            )
        if exchange_estimated_resume_time is not UNSET:
            field_dict["exchange_estimated_resume_time"] = (
                exchange_estimated_resume_time
            )
        if exchange_index_statuses is not UNSET:
            field_dict["exchange_index_statuses"] = exchange_index_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ExchangeStatus:
            return as_subclass(cls, ExchangeStatus.from_dict(d))
        instance_ = _new(cls)
        instance_.exchange_active = (
            value_
            if (value_ := d["exchange_active"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.trading_active = (
            value_
            if (value_ := d["trading_active"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.intra_exchange_transfers_active = (
            value_
            if (value_ := d.get("intra_exchange_transfers_active", UNSET)) is True
            or value_ is False
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        exchange_estimated_resume_time = d.get("exchange_estimated_resume_time", UNSET)
        instance_.exchange_estimated_resume_time = (
            exchange_estimated_resume_time
            if exchange_estimated_resume_time is None
            or exchange_estimated_resume_time is UNSET
            else _datetime_fromisoformat(exchange_estimated_resume_time)
        )
        exchange_index_statuses = d.get("exchange_index_statuses")
        instance_.exchange_index_statuses = (
            UNSET
            if exchange_index_statuses is None
            else [
                _exchange_index_status.ExchangeIndexStatus.from_dict(item)
                for item in exchange_index_statuses
            ]
            if exchange_index_statuses.__class__ is list
            else _wrong_type(exchange_index_statuses)
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
