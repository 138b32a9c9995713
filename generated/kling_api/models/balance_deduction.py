from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceDeduction")


@_attrs_define
class BalanceDeduction:
    """What a task cost from the cash balance (2026). Lenient: both optional."""

    quota: None | str | Unset = UNSET
    """ The price charged (after discounts), a decimal string. """
    list_price: None | str | Unset = UNSET
    """ The list price, a decimal string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quota: None | str | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        list_price: None | str | Unset
        if isinstance(self.list_price, Unset):
            list_price = UNSET
        else:
            list_price = self.list_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quota is not UNSET:
            field_dict["quota"] = quota
        if list_price is not UNSET:
            field_dict["list_price"] = list_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_quota(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quota = _parse_quota(d.pop("quota", UNSET))

        def _parse_list_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        list_price = _parse_list_price(d.pop("list_price", UNSET))

        balance_deduction = cls(
            quota=quota,
            list_price=list_price,
        )

        balance_deduction.additional_properties = d
        return balance_deduction

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
