from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_video_output_type import (
    StandardVideoOutputType,
    check_standard_video_output_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardVideoOutput")


@_attrs_define
class StandardVideoOutput:
    """A result video (`type` video); URLs are cleared after 30 days."""

    type_: StandardVideoOutputType
    id: str | Unset = UNSET
    url: str | Unset = UNSET
    watermark_url: str | Unset = UNSET
    duration: str | Unset = UNSET
    """ Seconds, as a string ("5"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        url = self.url

        watermark_url = self.watermark_url

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if watermark_url is not UNSET:
            field_dict["watermark_url"] = watermark_url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_standard_video_output_type(d.pop("type"))

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        watermark_url = d.pop("watermark_url", UNSET)

        duration = d.pop("duration", UNSET)

        standard_video_output = cls(
            type_=type_,
            id=id,
            url=url,
            watermark_url=watermark_url,
            duration=duration,
        )

        standard_video_output.additional_properties = d
        return standard_video_output

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
