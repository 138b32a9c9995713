from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardBilling")


@_attrs_define
class StandardBilling:
    """One charge of a task: `charge_type` cash (balance) or unit (resource pack); cash charges have `cash_type` (balance,
    test_balance), `currency` and `list_price`; unit charges have `package_type` (video, image, audio). `amount` is a
    decimal string.

    """

    charge_type: str | Unset = UNSET
    cash_type: str | Unset = UNSET
    amount: str | Unset = UNSET
    currency: str | Unset = UNSET
    package_type: str | Unset = UNSET
    list_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_type = self.charge_type

        cash_type = self.cash_type

        amount = self.amount

        currency = self.currency

        package_type = self.package_type

        list_price = self.list_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_type is not UNSET:
            field_dict["charge_type"] = charge_type
        if cash_type is not UNSET:
            field_dict["cash_type"] = cash_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if list_price is not UNSET:
            field_dict["list_price"] = list_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        charge_type = d.pop("charge_type", UNSET)

        cash_type = d.pop("cash_type", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        package_type = d.pop("package_type", UNSET)

        list_price = d.pop("list_price", UNSET)

        standard_billing = cls(
            charge_type=charge_type,
            cash_type=cash_type,
            amount=amount,
            currency=currency,
            package_type=package_type,
            list_price=list_price,
        )

        standard_billing.additional_properties = d
        return standard_billing

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
