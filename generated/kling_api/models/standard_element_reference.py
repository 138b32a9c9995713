from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardElementReference")


@_attrs_define
class StandardElementReference:
    """One reference of an element (image frontal/reference, video or voice refer)."""

    type_: str | Unset = UNSET
    role: str | Unset = UNSET
    url: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    owned_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        role = self.role

        url = self.url

        id = self.id

        name = self.name

        owned_by = self.owned_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role
        if url is not UNSET:
            field_dict["url"] = url
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        role = d.pop("role", UNSET)

        url = d.pop("url", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        owned_by = d.pop("owned_by", UNSET)

        standard_element_reference = cls(
            type_=type_,
            role=role,
            url=url,
            id=id,
            name=name,
            owned_by=owned_by,
        )

        standard_element_reference.additional_properties = d
        return standard_element_reference

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
