from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extended_video_duration import (
    ExtendedVideoDuration,
    check_extended_video_duration,
)
from ..models.omni_video_model_name import (
    OmniVideoModelName,
    check_omni_video_model_name,
)
from ..models.shot_type import ShotType, check_shot_type
from ..models.video_aspect_ratio import VideoAspectRatio, check_video_aspect_ratio
from ..models.video_mode import VideoMode, check_video_mode
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

    Capabilities (`x-kling-capabilities`): kling-video-o1 takes 3 to 10 s, kling-v3-omni 3 to
    15 s; both std and pro.

    Multi-shot, as in text to video: `shot_type` is required with `multi_shot` true,
    `multi_prompt` with `shot_type` customize; the shot durations must add up to `duration`
    (not checked on the client side). `prompt` stays required here although the server
    ignores it in multi-shot mode.

    """

    prompt: str
    """ What the video shows, at most 2500 characters, naming the inputs as `<<<image_1>>>`, `<<<element_1>>>`,
    `<<<video_1>>>`. """
    model_name: OmniVideoModelName | str | Unset = UNSET
    """ Model. Server default when unset: `kling-video-o1`. Open enum. """
    image_list: list[OmniVideoImage] | Unset = UNSET
    """ Up to 7 images (at most 4 together with a video). """
    video_list: list[OmniVideoReference] | Unset = UNSET
    """ At most one reference video; `sound` must not be on with it. """
    element_list: list[ElementReference] | Unset = UNSET
    """ Elements of the element library (no limit documented for omni video). """
    duration: ExtendedVideoDuration | Unset = UNSET
    """ Video length in seconds, sent as a **string**, for the families whose newer models take other lengths than
    "5" and "10" (text to video, image to video, omni video). Every model that takes only "5" and "10" keeps that
    restriction in the request's `x-kling-capabilities`; kling-v3 takes "3" to "15" (one source only: permissive
    reading), kling-video-o1 "3" to "10" and kling-v3-omni "3" to "15". `VideoDuration` ("5", "10") stays the type
    of the families without such models. """
    mode: VideoMode | Unset = UNSET
    """ `std`: standard (cheaper, faster); `pro`: professional (better quality, slower). kling-v1 gives 720p in
    both; kling-v1-5 and kling-v1-6 give 720p in std and 1080p in pro; 30 fps. """
    aspect_ratio: VideoAspectRatio | Unset = UNSET
    """ Width:height of a generated video. """
    sound: VideoSound | Unset = UNSET
    """ Native audio of the generated video (after the baseline): `on` generates sound with the video, `off` a
    silent video. `on` needs kling-v2-6 or later, in pro mode. """
    multi_shot: bool | Unset = UNSET
    """ Multi-shot video (`shot_type` required). Server default when unset: false. """
    shot_type: ShotType | Unset = UNSET
    """ How a multi-shot video is cut: `customize` follows the shots of `multi_prompt`; `intelligence` lets the
    model choose the shots itself. """
    multi_prompt: list[ShotPrompt] | Unset = UNSET
    """ The shots (`multi_shot` true with `shot_type` customize): 1 to 6, whose durations add up to `duration`. """
    watermark_info: WatermarkInfo | Unset = UNSET
    """ Watermark option (after the baseline). On a create, `enabled` true asks for a watermarked copy of each
    result as well, returned as `watermark_url` beside the normal `url`. In a task, the echo of that option. Server
    default when unset: no watermarked copy (our reading). An empty object means "not set". """
    callback_url: str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for omni video. Our client always sends one: it is how a retried create
    finds the task it may already have started instead of paying for a second one. An empty string means "not set".
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        image_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_list, Unset):
            image_list = []
            for image_list_item_data in self.image_list:
                image_list_item = image_list_item_data.to_dict()
                image_list.append(image_list_item)

        video_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_list, Unset):
            video_list = []
            for video_list_item_data in self.video_list:
                video_list_item = video_list_item_data.to_dict()
                video_list.append(video_list_item)

        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        callback_url = self.callback_url

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

        def _parse_model_name(data: object) -> OmniVideoModelName | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_omni_video_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OmniVideoModelName | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        _image_list = d.pop("image_list", UNSET)
        image_list: list[OmniVideoImage] | Unset = UNSET
        if _image_list is not UNSET:
            image_list = []
            for image_list_item_data in _image_list:
                image_list_item = OmniVideoImage.from_dict(image_list_item_data)

                image_list.append(image_list_item)

        _video_list = d.pop("video_list", UNSET)
        video_list: list[OmniVideoReference] | Unset = UNSET
        if _video_list is not UNSET:
            video_list = []
            for video_list_item_data in _video_list:
                video_list_item = OmniVideoReference.from_dict(video_list_item_data)

                video_list.append(video_list_item)

        _element_list = d.pop("element_list", UNSET)
        element_list: list[ElementReference] | Unset = UNSET
        if _element_list is not UNSET:
            element_list = []
            for element_list_item_data in _element_list:
                element_list_item = ElementReference.from_dict(element_list_item_data)

                element_list.append(element_list_item)

        _duration = d.pop("duration", UNSET)
        duration: ExtendedVideoDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_extended_video_duration(_duration)

        _mode = d.pop("mode", UNSET)
        mode: VideoMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_video_mode(_mode)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_video_aspect_ratio(_aspect_ratio)

        _sound = d.pop("sound", UNSET)
        sound: VideoSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_video_sound(_sound)

        multi_shot = d.pop("multi_shot", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: ShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_shot_type(_shot_type)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[ShotPrompt] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = ShotPrompt.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: WatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = WatermarkInfo.from_dict(_watermark_info)

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

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
