from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_pack_status import ResourcePackStatus, check_resource_pack_status
from ..models.resource_pack_type import ResourcePackType, check_resource_pack_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcePack")


@_attrs_define
class ResourcePack:
    """One resource pack. All fields optional (lenient)."""

    resource_pack_name: str | Unset = UNSET
    """ Pack name, e.g. "Video Generation - 10,000 entries". """
    resource_pack_id: str | Unset = UNSET
    """ Opaque pack id (32 hex characters in the documentation's example). """
    resource_pack_type: ResourcePackType | str | Unset = UNSET
    """ `decreasing_total` (a total that is used up) or `constant_period` (a fixed amount per period). Unknown
    values parse as plain strings. """
    total_quantity: float | Unset = UNSET
    """ Total quantity of the pack. """
    remaining_quantity: float | Unset = UNSET
    """ Remaining quantity; refreshed with a delay of about 12 hours. """
    purchase_time: int | Unset = UNSET
    """ Purchase time, Unix milliseconds. """
    effective_time: int | Unset = UNSET
    """ Start of validity, Unix milliseconds. """
    invalid_time: int | Unset = UNSET
    """ Expiry time, Unix milliseconds. """
    status: ResourcePackStatus | str | Unset = UNSET
    """ `toBeOnline` (not yet active), `online` (active), `expired`, `runOut` (used up). Unknown values parse as
    plain strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_pack_name = self.resource_pack_name

        resource_pack_id = self.resource_pack_id

        resource_pack_type: str | Unset
        if isinstance(self.resource_pack_type, Unset):
            resource_pack_type = UNSET
        elif isinstance(self.resource_pack_type, str):
            resource_pack_type = self.resource_pack_type
        else:
            resource_pack_type = self.resource_pack_type

        total_quantity = self.total_quantity

        remaining_quantity = self.remaining_quantity

        purchase_time = self.purchase_time

        effective_time = self.effective_time

        invalid_time = self.invalid_time

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_pack_name is not UNSET:
            field_dict["resource_pack_name"] = resource_pack_name
        if resource_pack_id is not UNSET:
            field_dict["resource_pack_id"] = resource_pack_id
        if resource_pack_type is not UNSET:
            field_dict["resource_pack_type"] = resource_pack_type
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if remaining_quantity is not UNSET:
            field_dict["remaining_quantity"] = remaining_quantity
        if purchase_time is not UNSET:
            field_dict["purchase_time"] = purchase_time
        if effective_time is not UNSET:
            field_dict["effective_time"] = effective_time
        if invalid_time is not UNSET:
            field_dict["invalid_time"] = invalid_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_pack_name = d.pop("resource_pack_name", UNSET)

        resource_pack_id = d.pop("resource_pack_id", UNSET)

        def _parse_resource_pack_type(data: object) -> ResourcePackType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_pack_type_type_0 = check_resource_pack_type(data)

                return resource_pack_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResourcePackType | str | Unset, data)

        resource_pack_type = _parse_resource_pack_type(d.pop("resource_pack_type", UNSET))

        total_quantity = d.pop("total_quantity", UNSET)

        remaining_quantity = d.pop("remaining_quantity", UNSET)

        purchase_time = d.pop("purchase_time", UNSET)

        effective_time = d.pop("effective_time", UNSET)

        invalid_time = d.pop("invalid_time", UNSET)

        def _parse_status(data: object) -> ResourcePackStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_resource_pack_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResourcePackStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        resource_pack = cls(
            resource_pack_name=resource_pack_name,
            resource_pack_id=resource_pack_id,
            resource_pack_type=resource_pack_type,
            total_quantity=total_quantity,
            remaining_quantity=remaining_quantity,
            purchase_time=purchase_time,
            effective_time=effective_time,
            invalid_time=invalid_time,
            status=status,
        )

        resource_pack.additional_properties = d
        return resource_pack

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
