from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extended_video_duration import (
    ExtendedVideoDuration,
    check_extended_video_duration,
)
from ..models.extended_video_mode import ExtendedVideoMode, check_extended_video_mode
from ..models.omni_video_model_name import (
    OmniVideoModelName,
    check_omni_video_model_name,
)
from ..models.shot_type import ShotType, check_shot_type
from ..models.video_aspect_ratio import VideoAspectRatio, check_video_aspect_ratio
from ..models.video_sound import VideoSound, check_video_sound
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_reference import ElementReference
    from ..models.omni_video_image import OmniVideoImage
    from ..models.omni_video_reference import OmniVideoReference
    from ..models.shot_prompt import ShotPrompt
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="OmniVideoRequest")


@_attrs_define
class OmniVideoRequest:
    """Body of `POST /v1/videos/omni-video` (after the baseline). Server defaults when unset:
    `model_name` kling-video-o1, `sound` off, `multi_shot` false. The server defaults of
    `mode`, `duration` and `aspect_ratio` are not documented (std, "5" and 16:9 elsewhere).

    The prompt refers to the inputs: `<<<image_1>>>`, `<<<image_2>>>`, ... for `image_list`,
    `<<<element_1>>>`, ... for `element_list`, `<<<video_1>>>` for `video_list`. At most 7
    images, at most 4 when a video is given (the second limit is not checked on the client
    side); at most 1 video, and `sound` must not be on with a video (`x-kling-rules`).

    Capabilities (`x-kling-capabilities`): kling-video-o1 takes 3 to 10 s in std and pro;
    kling-v3-omni 3 to 15 s in std, pro and `4k` (2026-04-23), 4k not with a reference video
    (`reference_video` feature). Multi-shot together with first/last frames is allowed for
    kling-v3-omni since 2026-05-07 (no rule forbids it).

    Multi-shot, as in text to video: `shot_type` is required with `multi_shot` true,
    `multi_prompt` with `shot_type` customize; the shot durations must add up to `duration`
    (not checked on the client side). `prompt` stays required here although the server
    ignores it in multi-shot mode.

    """

    prompt: str
    """ What the video shows, at most 2500 characters, naming the inputs as `<<<image_1>>>`, `<<<element_1>>>`,
    `<<<video_1>>>`. """
    model_name: None | OmniVideoModelName | str | Unset = UNSET
    """ Model. Server default when unset: `kling-video-o1`. Open enum. """
    image_list: list[OmniVideoImage] | None | Unset = UNSET
    """ Up to 7 images (at most 4 together with a video). """
    video_list: list[OmniVideoReference] | None | Unset = UNSET
    """ At most one reference video; `sound` must not be on with it. """
    element_list: list[ElementReference] | None | Unset = UNSET
    """ Elements of the element library (no limit documented for omni video). """
    duration: ExtendedVideoDuration | None | Unset = UNSET
    """ Length in seconds, as a string: "3" to "10" (kling-video-o1) or "3" to "15" (kling-v3-omni). """
    mode: ExtendedVideoMode | None | Unset = UNSET
    """ Generation mode. Server default not documented (std elsewhere). """
    aspect_ratio: None | Unset | VideoAspectRatio = UNSET
    """ Width:height of the video. Server default not documented (16:9 elsewhere). """
    sound: None | Unset | VideoSound = UNSET
    """ Native audio. Not on with a reference video. Server default when unset: `off`. """
    multi_shot: bool | None | Unset = UNSET
    """ Multi-shot video (`shot_type` required). Server default when unset: false. """
    shot_type: None | ShotType | Unset = UNSET
    """ How the multi-shot video is cut (required when `multi_shot` is true). """
    multi_prompt: list[ShotPrompt] | None | Unset = UNSET
    """ The shots (`multi_shot` true with `shot_type` customize): 1 to 6, whose durations add up to `duration`. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the video (`watermark_url`). Documented for most creates after the
    baseline; included here as the permissive reading. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for omni video. Our client always sends one: it is how a retried create
    finds the task it may already have started instead of paying for a second one. An empty string means "not set".
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        prompt = self.prompt

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        image_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.image_list, Unset):
            image_list = UNSET
        elif isinstance(self.image_list, list):
            image_list = []
            for image_list_type_0_item_data in self.image_list:
                image_list_type_0_item = image_list_type_0_item_data.to_dict()
                image_list.append(image_list_type_0_item)

        else:
            image_list = self.image_list

        video_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.video_list, Unset):
            video_list = UNSET
        elif isinstance(self.video_list, list):
            video_list = []
            for video_list_type_0_item_data in self.video_list:
                video_list_type_0_item = video_list_type_0_item_data.to_dict()
                video_list.append(video_list_type_0_item)

        else:
            video_list = self.video_list

        element_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.element_list, Unset):
            element_list = UNSET
        elif isinstance(self.element_list, list):
            element_list = []
            for element_list_type_0_item_data in self.element_list:
                element_list_type_0_item = element_list_type_0_item_data.to_dict()
                element_list.append(element_list_type_0_item)

        else:
            element_list = self.element_list

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, str):
            duration = self.duration
        else:
            duration = self.duration

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        sound: None | str | Unset
        if isinstance(self.sound, Unset):
            sound = UNSET
        elif isinstance(self.sound, str):
            sound = self.sound
        else:
            sound = self.sound

        multi_shot: bool | None | Unset
        if isinstance(self.multi_shot, Unset):
            multi_shot = UNSET
        else:
            multi_shot = self.multi_shot

        shot_type: None | str | Unset
        if isinstance(self.shot_type, Unset):
            shot_type = UNSET
        elif isinstance(self.shot_type, str):
            shot_type = self.shot_type
        else:
            shot_type = self.shot_type

        multi_prompt: list[dict[str, Any]] | None | Unset
        if isinstance(self.multi_prompt, Unset):
            multi_prompt = UNSET
        elif isinstance(self.multi_prompt, list):
            multi_prompt = []
            for multi_prompt_type_0_item_data in self.multi_prompt:
                multi_prompt_type_0_item = multi_prompt_type_0_item_data.to_dict()
                multi_prompt.append(multi_prompt_type_0_item)

        else:
            multi_prompt = self.multi_prompt

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
                "prompt": prompt,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if image_list is not UNSET:
            field_dict["image_list"] = image_list
        if video_list is not UNSET:
            field_dict["video_list"] = video_list
        if element_list is not UNSET:
            field_dict["element_list"] = element_list
        if duration is not UNSET:
            field_dict["duration"] = duration
        if mode is not UNSET:
            field_dict["mode"] = mode
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sound is not UNSET:
            field_dict["sound"] = sound
        if multi_shot is not UNSET:
            field_dict["multi_shot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_reference import ElementReference  # noqa: PLC0415
        from ..models.omni_video_image import OmniVideoImage  # noqa: PLC0415
        from ..models.omni_video_reference import OmniVideoReference  # noqa: PLC0415
        from ..models.shot_prompt import ShotPrompt  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_model_name(data: object) -> None | OmniVideoModelName | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_omni_video_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OmniVideoModelName | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_image_list(data: object) -> list[OmniVideoImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_list_type_0 = []
                _image_list_type_0 = data
                for image_list_type_0_item_data in _image_list_type_0:
                    image_list_type_0_item = OmniVideoImage.from_dict(image_list_type_0_item_data)

                    image_list_type_0.append(image_list_type_0_item)

                return image_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OmniVideoImage] | None | Unset, data)

        image_list = _parse_image_list(d.pop("image_list", UNSET))

        def _parse_video_list(data: object) -> list[OmniVideoReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                video_list_type_0 = []
                _video_list_type_0 = data
                for video_list_type_0_item_data in _video_list_type_0:
                    video_list_type_0_item = OmniVideoReference.from_dict(
                        video_list_type_0_item_data
                    )

                    video_list_type_0.append(video_list_type_0_item)

                return video_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OmniVideoReference] | None | Unset, data)

        video_list = _parse_video_list(d.pop("video_list", UNSET))

        def _parse_element_list(data: object) -> list[ElementReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                element_list_type_0 = []
                _element_list_type_0 = data
                for element_list_type_0_item_data in _element_list_type_0:
                    element_list_type_0_item = ElementReference.from_dict(
                        element_list_type_0_item_data
                    )

                    element_list_type_0.append(element_list_type_0_item)

                return element_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ElementReference] | None | Unset, data)

        element_list = _parse_element_list(d.pop("element_list", UNSET))

        def _parse_duration(data: object) -> ExtendedVideoDuration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duration_type_0 = check_extended_video_duration(data)

                return duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtendedVideoDuration | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_mode(data: object) -> ExtendedVideoMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_extended_video_mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtendedVideoMode | None | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

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

        def _parse_sound(data: object) -> None | Unset | VideoSound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sound_type_0 = check_video_sound(data)

                return sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoSound, data)

        sound = _parse_sound(d.pop("sound", UNSET))

        def _parse_multi_shot(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        multi_shot = _parse_multi_shot(d.pop("multi_shot", UNSET))

        def _parse_shot_type(data: object) -> None | ShotType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shot_type_type_0 = check_shot_type(data)

                return shot_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShotType | Unset, data)

        shot_type = _parse_shot_type(d.pop("shot_type", UNSET))

        def _parse_multi_prompt(data: object) -> list[ShotPrompt] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                multi_prompt_type_0 = []
                _multi_prompt_type_0 = data
                for multi_prompt_type_0_item_data in _multi_prompt_type_0:
                    multi_prompt_type_0_item = ShotPrompt.from_dict(multi_prompt_type_0_item_data)

                    multi_prompt_type_0.append(multi_prompt_type_0_item)

                return multi_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ShotPrompt] | None | Unset, data)

        multi_prompt = _parse_multi_prompt(d.pop("multi_prompt", UNSET))

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

        omni_video_request = cls(
            prompt=prompt,
            model_name=model_name,
            image_list=image_list,
            video_list=video_list,
            element_list=element_list,
            duration=duration,
            mode=mode,
            aspect_ratio=aspect_ratio,
            sound=sound,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        omni_video_request.additional_properties = d
        return omni_video_request

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
