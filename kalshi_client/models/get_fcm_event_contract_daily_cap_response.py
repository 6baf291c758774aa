from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_JSON_NAMES: tuple[str, ...] = (
    "subtrader_id",
    "limit",
    "executed_utilization",
    "resting_order_utilization",
    "pending_order_utilization",
    "cap_date",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="GetFCMEventContractDailyCapResponse")


@_attrs_define
class GetFCMEventContractDailyCapResponse:
    subtrader_id: str
    limit: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    executed_utilization: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    resting_order_utilization: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    pending_order_utilization: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    cap_date: str
    """ New York date the executed utilization is for; it resets at midnight New York time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        limit = self.limit

        executed_utilization = self.executed_utilization

        resting_order_utilization = self.resting_order_utilization

        pending_order_utilization = self.pending_order_utilization

        cap_date = self.cap_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "limit": limit,
                "executed_utilization": executed_utilization,
                "resting_order_utilization": resting_order_utilization,
                "pending_order_utilization": pending_order_utilization,
                "cap_date": cap_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get_fcm_event_contract_daily_cap_response = cls(
            d["subtrader_id"],
            d["limit"],
            d["executed_utilization"],
            d["resting_order_utilization"],
            d["pending_order_utilization"],
            d["cap_date"],
        )
        if not _KNOWN.issuperset(d):
            get_fcm_event_contract_daily_cap_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return get_fcm_event_contract_daily_cap_response

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
