from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_image_output_type import (
    StandardImageOutputType,
    check_standard_image_output_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardImageOutput")


@_attrs_define
class StandardImageOutput:
    """A result image (`type` image); no id; `group_id` only for grouped images."""

    type_: StandardImageOutputType
    url: str | Unset = UNSET
    watermark_url: str | Unset = UNSET
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        url = self.url

        watermark_url = self.watermark_url

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if watermark_url is not UNSET:
            field_dict["watermark_url"] = watermark_url
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_standard_image_output_type(d.pop("type"))

        url = d.pop("url", UNSET)

        watermark_url = d.pop("watermark_url", UNSET)

        group_id = d.pop("group_id", UNSET)

        standard_image_output = cls(
            type_=type_,
            url=url,
            watermark_url=watermark_url,
            group_id=group_id,
        )

        standard_image_output.additional_properties = d
        return standard_image_output

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
