from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OmniImageReference")


@_attrs_define
class OmniImageReference:
    """A reference image of an omni-image request, named `<<<image_N>>>` in the prompt."""

    image: str
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". `x-kling-media` is what the client checks in a file or bytes it encodes
    itself (10 MB read as MiB, 10485760 bytes: the permissive reading; the format by the file's content). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("image")

        omni_image_reference = cls(
            image=image,
        )

        omni_image_reference.additional_properties = d
        return omni_image_reference

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
