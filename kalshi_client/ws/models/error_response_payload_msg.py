from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.error_response_payload_msg_code import ErrorResponsePayloadMsgCode
from ..types import UNSET, Unset, as_subclass
from ..types import enum_member as _enum_member
from ..types import enum_value as _enum_value
from ..types import wrong_type as _wrong_type

_ErrorResponsePayloadMsgCode_BY_VALUE = cast(
    "dict[Any, ErrorResponsePayloadMsgCode]",
    ErrorResponsePayloadMsgCode._value2member_map_,
)

_JSON_NAMES: tuple[str, ...] = (
    "code",
    "msg",
    "market_ticker",
    "market_tickers",
)
_KNOWN = frozenset(_JSON_NAMES)
_new = object.__new__


def _to_code(
    value: ErrorResponsePayloadMsgCode
    | Literal[
        1,
        2,
        3,
        4,
        5,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        18,
        19,
        20,
        21,
        22,
        23,
        24,
        25,
        26,
        27,
        28,
    ],
) -> ErrorResponsePayloadMsgCode:
    return _enum_member(ErrorResponsePayloadMsgCode, value, "code")


T = TypeVar("T", bound="ErrorResponsePayloadMsg")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ErrorResponsePayloadMsg:
    """The content of the message."""

    code: ErrorResponsePayloadMsgCode = _attrs_field(converter=_to_code)
    """ Kalshi's error number (see x-error-codes). """
    msg: str
    """ The content of the message. """
    market_ticker: str | Unset = UNSET
    """ The market's ticker. """
    market_tickers: list[str] | Unset = UNSET
    """ Market tickers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = _enum_value(ErrorResponsePayloadMsgCode, self.code, "code")

        msg = self.msg

        market_ticker = self.market_ticker

        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A subclass is built by its own __init__, from what is read here.
        if cls is not ErrorResponsePayloadMsg:
            return as_subclass(cls, ErrorResponsePayloadMsg.from_dict(d))
        instance_ = _new(cls)
        instance_.code = (
            _ErrorResponsePayloadMsgCode_BY_VALUE[d["code"]]
            if d["code"] in _ErrorResponsePayloadMsgCode_BY_VALUE
            else ErrorResponsePayloadMsgCode(d["code"])
        )
        instance_.msg = (
            value_ if (value_ := d["msg"]).__class__ is str else _wrong_type(value_)
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
