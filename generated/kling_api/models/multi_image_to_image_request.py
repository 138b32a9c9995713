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
    model_name: MultiImageToImageModelName | None | str | Unset = UNSET
    """ Model. Server default when unset: `kling-v2` (the only one known). Open enum. """
    scene_image: None | str | Unset = UNSET
    """ Optional scene (background) image. """
    style_image: None | str | Unset = UNSET
    """ Optional style reference image. """
    prompt: None | str | Unset = UNSET
    """ How to combine the images, at most 2500 characters. """
    n: int | None | Unset = UNSET
    """ Number of images; each takes one concurrency slot (as in image generation, our reading). Server default not
    documented (1 in image generation). """
    aspect_ratio: ImageAspectRatio | None | Unset = UNSET
    """ Width:height of the images. Server default not documented (16:9 elsewhere). """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of each image (`watermark_url`). Documented for most creates after the
    baseline; included here as the permissive reading. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for multi-image to image. Our client always sends one: it is how a retried
    create finds the task it may already have started instead of paying for a second one. An empty string means "not
    set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        subject_image_list = []
        for subject_image_list_item_data in self.subject_image_list:
            subject_image_list_item = subject_image_list_item_data.to_dict()
            subject_image_list.append(subject_image_list_item)

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        scene_image: None | str | Unset
        if isinstance(self.scene_image, Unset):
            scene_image = UNSET
        else:
            scene_image = self.scene_image

        style_image: None | str | Unset
        if isinstance(self.style_image, Unset):
            style_image = UNSET
        else:
            style_image = self.style_image

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        watermark_info: dict[str, Any] | None | Unset
        if isinstance(self.watermark_info, Unset):
            watermark_info = UNSET
        elif isinstance(self.watermark_info, WatermarkInfo):
            watermark_info = self.watermark_info.to_dict()
        else:
            watermark_info = self.watermark_info

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        external_task_id: None | str | Unset
        if isinstance(self.external_task_id, Unset):
            external_task_id = UNSET
        else:
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

        def _parse_model_name(data: object) -> MultiImageToImageModelName | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_multi_image_to_image_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiImageToImageModelName | None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_scene_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scene_image = _parse_scene_image(d.pop("scene_image", UNSET))

        def _parse_style_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style_image = _parse_style_image(d.pop("style_image", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        def _parse_aspect_ratio(data: object) -> ImageAspectRatio | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_image_aspect_ratio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageAspectRatio | None | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_watermark_info(data: object) -> None | Unset | WatermarkInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                watermark_info_type_0 = WatermarkInfo.from_dict(data)

                return watermark_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatermarkInfo, data)

        watermark_info = _parse_watermark_info(d.pop("watermark_info", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_external_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_task_id = _parse_external_task_id(d.pop("external_task_id", UNSET))

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
