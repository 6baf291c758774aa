from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_response_payload_msg_code import ErrorResponsePayloadMsgCode
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="ErrorResponsePayloadMsg")


@_attrs_define
class ErrorResponsePayloadMsg:
    """The content of the message."""

    code: ErrorResponsePayloadMsgCode
    """ Kalshi's error number (see x-error-codes). """
    msg: str
    """ The content of the message. """
    market_ticker: str | Unset = UNSET
    """ The market's ticker. """
    market_tickers: list[str] | Unset = UNSET
    """ Market tickers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = ErrorResponsePayloadMsgCode(self.code).value

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
        market_tickers = d.get("market_tickers")
        market_tickers = UNSET if market_tickers is None else market_tickers
        error_response_payload_msg = cls(
            (
                _ErrorResponsePayloadMsgCode_BY_VALUE.get(d["code"])
                or ErrorResponsePayloadMsgCode(d["code"])
            ),
            d["msg"],
            d.get("market_ticker", UNSET),
            market_tickers,
        )
        if not _KNOWN.issuperset(d):
            error_response_payload_msg.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return error_response_payload_msg

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
