from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_package_filter import BillingPackageFilter


T = TypeVar("T", bound="BillingPackageRequest")


@_attrs_define
class BillingPackageRequest:
    """Body of `POST /account/billing/package`: as `BillingBalanceRequest`, with the filter keys
    `api_key_name`, `product_type`, `package_name` and `package_id`.

    """

    start_time: int | Unset = UNSET
    """ Start of the window, Unix milliseconds. """
    end_time: int | Unset = UNSET
    """ End of the window, Unix milliseconds. """
    limit: int | Unset = UNSET
    """ Details per page, at most 500. """
    filters: list[BillingPackageFilter] | Unset = UNSET
    """ Filters by API key, product type, pack name or pack id. """
    cursor: str | Unset = UNSET
    """ The `next_cursor` of the previous page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        limit = self.limit

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if limit is not UNSET:
            field_dict["limit"] = limit
        if filters is not UNSET:
            field_dict["filters"] = filters
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_package_filter import BillingPackageFilter  # noqa: PLC0415

        d = dict(src_dict)
        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        limit = d.pop("limit", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: list[BillingPackageFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = BillingPackageFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        cursor = d.pop("cursor", UNSET)

        billing_package_request = cls(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            filters=filters,
            cursor=cursor,
        )

        billing_package_request.additional_properties = d
        return billing_package_request

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
