from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_aspect_ratio import ImageAspectRatio, check_image_aspect_ratio
from ..models.multi_image_to_image_model_name import (
    MultiImageToImageModelName,
    check_multi_image_to_image_model_name,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_image import SubjectImage
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="MultiImageToImageRequest")


@_attrs_define
class MultiImageToImageRequest:
    """Body of `POST /v1/images/multi-image2image` (after the baseline). Server default when
    unset: `model_name` kling-v2. The server defaults of `n` and `aspect_ratio` are not
    documented (image generation uses 1 and 16:9).

    One to four subject images (`subject_image_list`, best cropped to the subject beforehand),
    an optional scene image and an optional style image are combined as the prompt says. Each
    image obeys the image rules of `MediaInput`.

    """

    subject_image_list: list[SubjectImage]
    """ One to four subject images (people, objects), best cropped to the subject. """
    model_name: MultiImageToImageModelName | str | Unset = UNSET
    """ Model. Server default when unset: `kling-v2` (the only one known). Open enum. """
    scene_image: str | Unset = UNSET
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". """
    style_image: str | Unset = UNSET
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". """
    prompt: str | Unset = UNSET
    """ How to combine the images, at most 2500 characters. """
    n: int | Unset = UNSET
    """ Number of images; each takes one concurrency slot (as in image generation, our reading). Server default not
    documented (1 in image generation). """
    aspect_ratio: ImageAspectRatio | Unset = UNSET
    """ Width:height of a generated image (21:9 added 2025-03-12). """
    watermark_info: WatermarkInfo | Unset = UNSET
    """ Watermark option (after the baseline). On a create, `enabled` true asks for a watermarked copy of each
    result as well, returned as `watermark_url` beside the normal `url`. In a task, the echo of that option. Server
    default when unset: no watermarked copy (our reading). An empty object means "not set". """
    callback_url: str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for multi-image to image. Our client always sends one: it is how a retried
    create finds the task it may already have started instead of paying for a second one. An empty string means "not
    set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_image_list = []
        for subject_image_list_item_data in self.subject_image_list:
            subject_image_list_item = subject_image_list_item_data.to_dict()
            subject_image_list.append(subject_image_list_item)

        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        scene_image = self.scene_image

        style_image = self.style_image

        prompt = self.prompt

        n = self.n

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        callback_url = self.callback_url

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject_image_list": subject_image_list,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if scene_image is not UNSET:
            field_dict["scene_image"] = scene_image
        if style_image is not UNSET:
            field_dict["style_image"] = style_image
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if n is not UNSET:
            field_dict["n"] = n
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_image import SubjectImage  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        subject_image_list = []
        _subject_image_list = d.pop("subject_image_list")
        for subject_image_list_item_data in _subject_image_list:
            subject_image_list_item = SubjectImage.from_dict(subject_image_list_item_data)

            subject_image_list.append(subject_image_list_item)

        def _parse_model_name(data: object) -> MultiImageToImageModelName | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_multi_image_to_image_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiImageToImageModelName | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        scene_image = d.pop("scene_image", UNSET)

        style_image = d.pop("style_image", UNSET)

        prompt = d.pop("prompt", UNSET)

        n = d.pop("n", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ImageAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_image_aspect_ratio(_aspect_ratio)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: WatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = WatermarkInfo.from_dict(_watermark_info)

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

        multi_image_to_image_request = cls(
            subject_image_list=subject_image_list,
            model_name=model_name,
            scene_image=scene_image,
            style_image=style_image,
            prompt=prompt,
            n=n,
            aspect_ratio=aspect_ratio,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        multi_image_to_image_request.additional_properties = d
        return multi_image_to_image_request

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
