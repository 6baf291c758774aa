from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters
from kalshi_auth._money import DECIMALS as _decimals
from kalshi_auth._money import optional_nullable_money as _optional_nullable_money
from kalshi_auth._money import remember as _decimal
from kalshi_auth._money import text as _money_text

from ..models.incentive_program_incentive_type import IncentiveProgramIncentiveType
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

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
_new = object.__new__


def _to_incentive_type(
    value: IncentiveProgramIncentiveType
    | Literal["liquidity", "volume", "margin_maker_volume", "margin_taker_volume"],
) -> IncentiveProgramIncentiveType:
    return _enum_member(IncentiveProgramIncentiveType, value, "incentive_type")


T = TypeVar("T", bound="IncentiveProgram")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class IncentiveProgram:
    id: str
    market_ticker: str
    incentive_type: IncentiveProgramIncentiveType = _attrs_field(
        converter=_to_incentive_type
    )
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
    target_size_fp: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=_optional_nullable_money
    )
    """ Target size of the program, in contracts. """
    max_reward_per_account: int | None | Unset = UNSET
    """ Most one account can earn, in centi-cents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_ticker = self.market_ticker

        incentive_type = _enum_value(
            IncentiveProgramIncentiveType, self.incentive_type, "incentive_type"
        )

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

        target_size_fp: None | str | Unset = (
            self.target_size_fp
            if self.target_size_fp is None or isinstance(self.target_size_fp, Unset)
            else _money_text(self.target_size_fp)
        )

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
        # A subclass is built by its own __init__, from what is read here.
        if cls is not IncentiveProgram:
            return as_subclass(cls, IncentiveProgram.from_dict(d))
        instance_ = _new(cls)
        instance_.id = (
            value_ if (value_ := d["id"]).__class__ is str else _wrong_type(value_)
        )
        instance_.market_ticker = (
            value_
            if (value_ := d["market_ticker"]).__class__ is str
            else _wrong_type(value_)
        )
        instance_.incentive_type = (
            _IncentiveProgramIncentiveType_BY_VALUE[d["incentive_type"]]
            if d["incentive_type"] in _IncentiveProgramIncentiveType_BY_VALUE
            else IncentiveProgramIncentiveType(d["incentive_type"])
        )
        instance_.start_date = _datetime_fromisoformat(d["start_date"])
        instance_.end_date = _datetime_fromisoformat(d["end_date"])
        instance_.period_reward = (
            value_
            if (value_ := d["period_reward"]).__class__ is int
            else _wrong_type(value_)
        )
        instance_.paid_out = (
            value_
            if (value_ := d["paid_out"]) is True or value_ is False
            else _wrong_type(value_)
        )
        instance_.market_id = (
            value_
            if (value_ := d.get("market_id", UNSET)).__class__ is str or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.incentive_description = (
            value_
            if (value_ := d.get("incentive_description", UNSET)).__class__ is str
            or value_ is UNSET
            else UNSET
            if value_ is None
            else _wrong_type(value_)
        )
        instance_.discount_factor_bps = (
            value_
            if (value_ := d.get("discount_factor_bps", UNSET)).__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
        )
        target_size_fp = d.get("target_size_fp", UNSET)
        instance_.target_size_fp = (
            target_size_fp
            if target_size_fp is None or target_size_fp is UNSET
            else _decimals[target_size_fp]
            if target_size_fp in _decimals
            else _decimal(target_size_fp)
        )
        instance_.max_reward_per_account = (
            value_
            if (value_ := d.get("max_reward_per_account", UNSET)).__class__ is int
            or value_ is None
            or value_ is UNSET
            else _wrong_type(value_)
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
