from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_refer_image import ElementReferImage


T = TypeVar("T", bound="ElementImageList")


@_attrs_define
class ElementImageList:
    """The images of a multi-image element (`reference_type` image_refer)."""

    frontal_image: str
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". `x-kling-media` is what the client checks in a file or bytes it encodes
    itself (10 MB read as MiB, 10485760 bytes: the permissive reading; the format by the file's content). """
    refer_images: list[ElementReferImage] | None | Unset = UNSET
    """ 1 to 3 other views or close-ups, different from the frontal image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frontal_image = self.frontal_image

        refer_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.refer_images, Unset):
            refer_images = UNSET
        elif isinstance(self.refer_images, list):
            refer_images = []
            for refer_images_type_0_item_data in self.refer_images:
                refer_images_type_0_item = refer_images_type_0_item_data.to_dict()
                refer_images.append(refer_images_type_0_item)

        else:
            refer_images = self.refer_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frontal_image": frontal_image,
            }
        )
        if refer_images is not UNSET:
            field_dict["refer_images"] = refer_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_refer_image import ElementReferImage  # noqa: PLC0415

        d = dict(src_dict)
        frontal_image = d.pop("frontal_image")

        def _parse_refer_images(data: object) -> list[ElementReferImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refer_images_type_0 = []
                _refer_images_type_0 = data
                for refer_images_type_0_item_data in _refer_images_type_0:
                    refer_images_type_0_item = ElementReferImage.from_dict(
                        refer_images_type_0_item_data
                    )

                    refer_images_type_0.append(refer_images_type_0_item)

                return refer_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ElementReferImage] | None | Unset, data)

        refer_images = _parse_refer_images(d.pop("refer_images", UNSET))

        element_image_list = cls(
            frontal_image=frontal_image,
            refer_images=refer_images,
        )

        element_image_list.additional_properties = d
        return element_image_list

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
