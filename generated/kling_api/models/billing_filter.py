from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_filter_key import BillingFilterKey, check_billing_filter_key

T = TypeVar("T", bound="BillingFilter")


@_attrs_define
class BillingFilter:
    """Values of one key are OR-ed; different keys are AND-ed."""

    key: BillingFilterKey
    """ Filter of the balance ledger. """
    values: list[str]
    """ The values to match. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: str = self.key

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = check_billing_filter_key(d.pop("key"))

        values = cast(list[str], d.pop("values"))

        billing_filter = cls(
            key=key,
            values=values,
        )

        billing_filter.additional_properties = d
        return billing_filter

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
