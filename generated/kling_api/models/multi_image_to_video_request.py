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
    model_name: MultiImageToVideoModelName | str | Unset = UNSET
    """ Model. Server default when unset: `kling-v1-6` (the only one known). Open enum. """
    negative_prompt: str | Unset = UNSET
    """ What the video must not show, at most 2500 characters. """
    mode: VideoMode | Unset = UNSET
    """ `std`: standard (cheaper, faster); `pro`: professional (better quality, slower). kling-v1 gives 720p in
    both; kling-v1-5 and kling-v1-6 give 720p in std and 1080p in pro; 30 fps. """
    duration: VideoDuration | Unset = UNSET
    """ Video length in seconds, sent as a **string**: "5" or "10". Families whose newer models take other lengths
    use `ExtendedVideoDuration`. """
    aspect_ratio: VideoAspectRatio | Unset = UNSET
    """ Width:height of a generated video. """
    watermark_info: WatermarkInfo | Unset = UNSET
    """ Watermark option (after the baseline). On a create, `enabled` true asks for a watermarked copy of each
    result as well, returned as `watermark_url` beside the normal `url`. In a task, the echo of that option. Server
    default when unset: no watermarked copy (our reading). An empty object means "not set". """
    callback_url: str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for multi-image to video. Our client always sends one: it is how a retried
    create finds the task it may already have started instead of paying for a second one. An empty string means "not
    set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_list = []
        for image_list_item_data in self.image_list:
            image_list_item = image_list_item_data.to_dict()
            image_list.append(image_list_item)

        prompt = self.prompt

        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        negative_prompt = self.negative_prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

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

        def _parse_model_name(data: object) -> MultiImageToVideoModelName | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_multi_image_to_video_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiImageToVideoModelName | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: VideoMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_video_mode(_mode)

        _duration = d.pop("duration", UNSET)
        duration: VideoDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_video_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_video_aspect_ratio(_aspect_ratio)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: WatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = WatermarkInfo.from_dict(_watermark_info)

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

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
