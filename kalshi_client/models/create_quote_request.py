from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_JSON_NAMES: tuple[str, ...] = (
    "rfq_id",
    "yes_bid",
    "no_bid",
    "rest_remainder",
    "post_only",
    "subaccount",
)
_KNOWN = frozenset(_JSON_NAMES)


T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define
class CreateQuoteRequest:
    rfq_id: str
    """ Id (a UUID) of the RFQ to answer, passed exactly as returned. """
    yes_bid: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    no_bid: str
    """ US dollars as a decimal string. Requests take 2 to 4 decimals ("0.56" or "0.5600"); responses may carry up
    to 6. Which prices a market accepts depends on its price level structure. """
    rest_remainder: bool
    """ Whether what is left after execution should rest on the book. """
    post_only: bool | Unset = UNSET
    """ When true, your order is cancelled instead of taking liquidity; false when left out. """
    subaccount: int | Unset = UNSET
    """ Subaccount to quote from (0 is the primary account, 1-63 are numbered subaccounts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_id = self.rfq_id

        yes_bid = self.yes_bid

        no_bid = self.no_bid

        rest_remainder = self.rest_remainder

        post_only = self.post_only

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_id": rfq_id,
                "yes_bid": yes_bid,
                "no_bid": no_bid,
                "rest_remainder": rest_remainder,
            }
        )
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        create_quote_request = cls(
            d["rfq_id"],
            d["yes_bid"],
            d["no_bid"],
            d["rest_remainder"],
            d.get("post_only", UNSET),
            d.get("subaccount", UNSET),
        )
        if not _KNOWN.issuperset(d):
            create_quote_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return create_quote_request

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
