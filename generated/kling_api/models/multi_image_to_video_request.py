from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_image_to_video_model_name import (
    MultiImageToVideoModelName,
    check_multi_image_to_video_model_name,
)
from ..models.video_aspect_ratio import VideoAspectRatio, check_video_aspect_ratio
from ..models.video_duration import VideoDuration, check_video_duration
from ..models.video_mode import VideoMode, check_video_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_image_to_video_image import MultiImageToVideoImage
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="MultiImageToVideoRequest")


@_attrs_define
class MultiImageToVideoRequest:
    """Body of `POST /v1/videos/multi-image2video` (after the baseline). Server defaults when a
    field is unset: `model_name` kling-v1-6, `mode` std, `duration` "5", `aspect_ratio` 16:9.

    One to four reference images (`image_list`, each with the image rules of `MediaInput`) and
    a required prompt describe the video. Capabilities (`x-kling-capabilities`): kling-v1-6,
    the only model, supports std and pro, 5 s and 10 s.

    """

    image_list: list[MultiImageToVideoImage]
    """ One to four reference images (subjects, scenes) that the video combines. """
    prompt: str
    """ What the video shows, at most 2500 characters. """
    model_name: MultiImageToVideoModelName | None | str | Unset = UNSET
    """ Model. Server default when unset: `kling-v1-6` (the only one known). Open enum. """
    negative_prompt: None | str | Unset = UNSET
    """ What the video must not show, at most 2500 characters. """
    mode: None | Unset | VideoMode = UNSET
    """ Generation mode. Server default when unset: `std`. """
    duration: None | Unset | VideoDuration = UNSET
    """ Length in seconds, as a string. Server default when unset: `"5"`. """
    aspect_ratio: None | Unset | VideoAspectRatio = UNSET
    """ Width:height of the video. Server default when unset: `16:9`. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the video (`watermark_url`). """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for multi-image to video. Our client always sends one: it is how a retried
    create finds the task it may already have started instead of paying for a second one. An empty string means "not
    set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        image_list = []
        for image_list_item_data in self.image_list:
            image_list_item = image_list_item_data.to_dict()
            image_list.append(image_list_item)

        prompt = self.prompt

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        negative_prompt: None | str | Unset
        if isinstance(self.negative_prompt, Unset):
            negative_prompt = UNSET
        else:
            negative_prompt = self.negative_prompt

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, str):
            duration = self.duration
        else:
            duration = self.duration

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
                "image_list": image_list,
                "prompt": prompt,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
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
        from ..models.multi_image_to_video_image import MultiImageToVideoImage  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        image_list = []
        _image_list = d.pop("image_list")
        for image_list_item_data in _image_list:
            image_list_item = MultiImageToVideoImage.from_dict(image_list_item_data)

            image_list.append(image_list_item)

        prompt = d.pop("prompt")

        def _parse_model_name(data: object) -> MultiImageToVideoModelName | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_multi_image_to_video_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiImageToVideoModelName | None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_negative_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_prompt = _parse_negative_prompt(d.pop("negative_prompt", UNSET))

        def _parse_mode(data: object) -> None | Unset | VideoMode:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_video_mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoMode, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_duration(data: object) -> None | Unset | VideoDuration:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duration_type_0 = check_video_duration(data)

                return duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoDuration, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_aspect_ratio(data: object) -> None | Unset | VideoAspectRatio:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_video_aspect_ratio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoAspectRatio, data)

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

        multi_image_to_video_request = cls(
            image_list=image_list,
            prompt=prompt,
            model_name=model_name,
            negative_prompt=negative_prompt,
            mode=mode,
            duration=duration,
            aspect_ratio=aspect_ratio,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        multi_image_to_video_request.additional_properties = d
        return multi_image_to_video_request

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
