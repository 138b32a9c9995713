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
    url_1: str | Unset = UNSET
    """ AI multi-shot: the first generated view. """
    url_2: str | Unset = UNSET
    """ AI multi-shot: the second generated view. """
    url_3: str | Unset = UNSET
    """ AI multi-shot: the third generated view. """
    type_: str | Unset = UNSET
    """ Image recognize: object_seg, head_seg, face_seg or cloth_seg. """
    is_contain: bool | Unset = UNSET
    """ Image recognize: whether that part was found in the image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        url = self.url

        watermark_url = self.watermark_url

        url_1 = self.url_1

        url_2 = self.url_2

        url_3 = self.url_3

        type_ = self.type_

        is_contain = self.is_contain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if url is not UNSET:
            field_dict["url"] = url
        if watermark_url is not UNSET:
            field_dict["watermark_url"] = watermark_url
        if url_1 is not UNSET:
            field_dict["url_1"] = url_1
        if url_2 is not UNSET:
            field_dict["url_2"] = url_2
        if url_3 is not UNSET:
            field_dict["url_3"] = url_3
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_contain is not UNSET:
            field_dict["is_contain"] = is_contain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        url = d.pop("url", UNSET)

        watermark_url = d.pop("watermark_url", UNSET)

        url_1 = d.pop("url_1", UNSET)

        url_2 = d.pop("url_2", UNSET)

        url_3 = d.pop("url_3", UNSET)

        type_ = d.pop("type", UNSET)

        is_contain = d.pop("is_contain", UNSET)

        task_image = cls(
            index=index,
            url=url,
            watermark_url=watermark_url,
            url_1=url_1,
            url_2=url_2,
            url_3=url_3,
            type_=type_,
            is_contain=is_contain,
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
