from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskImage")


@_attrs_define
class TaskImage:
    """A generated image."""

    index: int | Unset = UNSET
    """ Number of the image within the task, from 0. """
    url: str | Unset = UNSET
    """ Download URL of the image (deleted 30 days after generation). """
    watermark_url: str | Unset = UNSET
    """ Download URL of the watermarked copy, when the create asked for one with `watermark_info` (after the
    baseline; documented for videos, assumed for images). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        url = self.url

        watermark_url = self.watermark_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if url is not UNSET:
            field_dict["url"] = url
        if watermark_url is not UNSET:
            field_dict["watermark_url"] = watermark_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        url = d.pop("url", UNSET)

        watermark_url = d.pop("watermark_url", UNSET)

        task_image = cls(
            index=index,
            url=url,
            watermark_url=watermark_url,
        )

        task_image.additional_properties = d
        return task_image

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
