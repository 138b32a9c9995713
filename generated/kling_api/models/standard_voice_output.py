from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_voice_output_type import (
    StandardVoiceOutputType,
    check_standard_voice_output_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardVoiceOutput")


@_attrs_define
class StandardVoiceOutput:
    """A voice (`type` voice); `owned_by` "kling" is the official library."""

    type_: StandardVoiceOutputType
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    owned_by: str | Unset = UNSET
    status: str | Unset = UNSET
    """ succeeded or deleted (open). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        name = self.name

        url = self.url

        owned_by = self.owned_by

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_standard_voice_output_type(d.pop("type"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        owned_by = d.pop("owned_by", UNSET)

        status = d.pop("status", UNSET)

        standard_voice_output = cls(
            type_=type_,
            id=id,
            name=name,
            url=url,
            owned_by=owned_by,
            status=status,
        )

        standard_voice_output.additional_properties = d
        return standard_voice_output

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
