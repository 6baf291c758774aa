from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_program_incentive_type import IncentiveProgramIncentiveType
from ..types import UNSET, Unset

_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_IncentiveProgramIncentiveType_BY_VALUE = cast(
    "dict[Any, IncentiveProgramIncentiveType]",
    IncentiveProgramIncentiveType._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "id",
    "market_ticker",
    "incentive_type",
    "start_date",
    "end_date",
    "period_reward",
    "paid_out",
    "market_id",
    "incentive_description",
    "discount_factor_bps",
    "target_size_fp",
    "max_reward_per_account",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="IncentiveProgram")


@_attrs_define
class IncentiveProgram:
    id: str
    market_ticker: str
    incentive_type: IncentiveProgramIncentiveType
    start_date: datetime.datetime
    end_date: datetime.datetime
    period_reward: int
    """ Reward for the whole period, in centi-cents. """
    paid_out: bool
    market_id: str | Unset = UNSET
    incentive_description: str | Unset = UNSET
    """ Description of the program in plain words. """
    discount_factor_bps: int | None | Unset = UNSET
    """ Discount factor in basis points. """
    target_size_fp: None | str | Unset = UNSET
    """ Target size of the program, in contracts. """
    max_reward_per_account: int | None | Unset = UNSET
    """ Most one account can earn, in centi-cents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_ticker = self.market_ticker

        incentive_type = IncentiveProgramIncentiveType(self.incentive_type).value

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        period_reward = self.period_reward

        paid_out = self.paid_out

        market_id = self.market_id

        incentive_description = self.incentive_description

        discount_factor_bps: int | None | Unset
        if isinstance(self.discount_factor_bps, Unset):
            discount_factor_bps = UNSET
        else:
            discount_factor_bps = self.discount_factor_bps

        target_size_fp: None | str | Unset
        if isinstance(self.target_size_fp, Unset):
            target_size_fp = UNSET
        else:
            target_size_fp = self.target_size_fp

        max_reward_per_account: int | None | Unset
        if isinstance(self.max_reward_per_account, Unset):
            max_reward_per_account = UNSET
        else:
            max_reward_per_account = self.max_reward_per_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "market_ticker": market_ticker,
                "incentive_type": incentive_type,
                "start_date": start_date,
                "end_date": end_date,
                "period_reward": period_reward,
                "paid_out": paid_out,
            }
        )
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if incentive_description is not UNSET:
            field_dict["incentive_description"] = incentive_description
        if discount_factor_bps is not UNSET:
            field_dict["discount_factor_bps"] = discount_factor_bps
        if target_size_fp is not UNSET:
            field_dict["target_size_fp"] = target_size_fp
        if max_reward_per_account is not UNSET:
            field_dict["max_reward_per_account"] = max_reward_per_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        incentive_program = cls(
            d["id"],
            d["market_ticker"],
            (
                _IncentiveProgramIncentiveType_BY_VALUE.get(d["incentive_type"])
                or IncentiveProgramIncentiveType(d["incentive_type"])
            ),
            _datetime_fromisoformat(d["start_date"]),
            _datetime_fromisoformat(d["end_date"]),
            d["period_reward"],
            d["paid_out"],
            d.get("market_id", UNSET),
            d.get("incentive_description", UNSET),
            d.get("discount_factor_bps", UNSET),
            d.get("target_size_fp", UNSET),
            d.get("max_reward_per_account", UNSET),
        )
        if not _KNOWN.issuperset(d):
            incentive_program.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return incentive_program

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
