from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extended_video_duration import (
    ExtendedVideoDuration,
    check_extended_video_duration,
)
from ..models.image_to_video_model_name import (
    ImageToVideoModelName,
    check_image_to_video_model_name,
)
from ..models.shot_type import ShotType, check_shot_type
from ..models.video_mode import VideoMode, check_video_mode
from ..models.video_sound import VideoSound, check_video_sound
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_control import CameraControl
    from ..models.dynamic_mask import DynamicMask
    from ..models.element_reference import ElementReference
    from ..models.shot_prompt import ShotPrompt
    from ..models.voice_reference import VoiceReference
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="ImageToVideoRequest")


@_attrs_define
class ImageToVideoRequest:
    """Body of `POST /v1/videos/image2video`. Server defaults when a field is unset: `model_name`
    kling-v1, `mode` std, `duration` "5", `cfg_scale` 0.5, `sound` off, `multi_shot` false.

    At least one of `image` (first frame) and `image_tail` (end frame) must be set: the
    documentation's table marks `image` as required but its text allows `image_tail` alone, so
    `image` is optional here (`any_required` rule). Three groups exclude each other: the end
    frame (`image_tail`), the motion brush (`static_mask`, `dynamic_masks`) and
    `camera_control`. `aspect_ratio` is not an image-to-video field (the output follows the
    input image); some clients send it, the server is not known to use it, so it is left out.

    Capabilities (`x-kling-capabilities`):
    - kling-v1: std and pro, 5 s and 10 s; start+end frame in std 5 s and pro 5 s; motion
      brush in std 5 s and pro 5 s; camera control in std 5 s (only one source shows it, the
      others are silent: allowed, permissive reading); no end frame alone.
    - kling-v1-5: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
      and 10 s; motion brush in pro 5 s; camera control in pro 5 s with type `simple` only.
    - kling-v1-6: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
      and 10 s; no motion brush, no camera control.

    Newer models (after the baseline): kling-v2-master, kling-v2-1, kling-v2-1-master,
    kling-v2-5-turbo and kling-v2-6 take 5 s and 10 s, kling-v3 "3" to "15" (one source only:
    permissive reading); all in std and pro (kling-v2-1-master and kling-v2-5-turbo were
    pro-only at first; std is not refused). kling-v2-1: start+end frame in pro 5 s and 10 s
    (documented), end frame alone likewise (our inference: every documented model treats both
    alike). For the other newer models the end-frame combinations are not documented: not
    refused (permissive reading). The motion brush and camera control are documented for the
    v1 models only: they stay refused for the newer models. `sound` on needs kling-v2-6 or
    kling-v3 in pro mode; `voice_list` kling-v2-6 or kling-v3; `multi_shot` true and
    `element_list` kling-v3. `cfg_scale` is ignored or refused by the v2 and later models
    (warning).

    Rules after the baseline (`x-kling-rules`): `voice_list` needs `sound` on and cannot be
    combined with `element_list`; with `multi_shot` true, `shot_type` is required, `customize`
    needs `multi_prompt` (shot durations add up to `duration`, not checked on the client side),
    and the end frame is not allowed; `shot_type` and `multi_prompt` without `multi_shot` are
    ignored (warning). kling-v2-6 in pro: an end frame and `sound` on exclude each other
    according to one third-party source only (warning).

    """

    model_name: ImageToVideoModelName | str | Unset = UNSET
    """ Model. Server default when unset: `kling-v1`. Newer models: kling-v2-master, kling-v2-1, kling-v2-1-master,
    kling-v2-5-turbo, kling-v2-6, kling-v3. Open enum. """
    model: str | Unset = UNSET
    """ Legacy name of `model_name`. The server still accepts it but treats it like an unset `model_name` (so the
    default model is used): use `model_name`. """
    image: str | Unset = UNSET
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". """
    image_tail: str | Unset = UNSET
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". """
    prompt: str | Unset = UNSET
    """ What the video shows, at most 2500 characters. """
    negative_prompt: str | Unset = UNSET
    """ What the video must not show, at most 2500 characters. """
    cfg_scale: float | Unset = UNSET
    """ How closely the video follows the prompt. Server default when unset: 0.5. The kling-v2 and later models
    ignore or refuse it (warning). """
    mode: VideoMode | Unset = UNSET
    """ `std`: standard (cheaper, faster); `pro`: professional (better quality, slower). kling-v1 gives 720p in
    both; kling-v1-5 and kling-v1-6 give 720p in std and 1080p in pro; 30 fps. """
    static_mask: str | Unset = UNSET
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". """
    dynamic_masks: list[DynamicMask] | Unset = UNSET
    """ Motion brush: up to 6 areas, each with the trajectory it follows. """
    camera_control: CameraControl | Unset = UNSET
    """ Camera movement. When absent the model chooses the motion itself. `type` is optional in the table but needed
    in practice when the object is sent. `config` is required for `simple` and must be absent or empty for the four
    preset types; in `config` exactly one field is non-zero. Supported only by some model/mode/duration combinations
    (see the request's `x-kling-capabilities`). """
    duration: ExtendedVideoDuration | Unset = UNSET
    """ Video length in seconds, sent as a **string**, for the families whose newer models take other lengths than
    "5" and "10" (text to video, image to video, omni video). Every model that takes only "5" and "10" keeps that
    restriction in the request's `x-kling-capabilities`; kling-v3 takes "3" to "15" (one source only: permissive
    reading), kling-video-o1 "3" to "10" and kling-v3-omni "3" to "15". `VideoDuration` ("5", "10") stays the type
    of the families without such models. """
    sound: VideoSound | Unset = UNSET
    """ Native audio of the generated video (after the baseline): `on` generates sound with the video, `off` a
    silent video. `on` needs kling-v2-6 or later, in pro mode. """
    voice_list: list[VoiceReference] | Unset = UNSET
    """ Up to 2 voices for native audio (after the baseline; kling-v2-6 and later), named in the prompt as
    `<<<voice_1>>>` and `<<<voice_2>>>`. Needs `sound` on; billed at the "with voice" rate. """
    multi_shot: bool | Unset = UNSET
    """ Multi-shot video (after the baseline; kling-v3). When true the server ignores `prompt` and cuts the video as
    `shot_type` says (`shot_type` is then required). Server default when unset: false. """
    shot_type: ShotType | Unset = UNSET
    """ How a multi-shot video is cut: `customize` follows the shots of `multi_prompt`; `intelligence` lets the
    model choose the shots itself. """
    multi_prompt: list[ShotPrompt] | Unset = UNSET
    """ The shots (`multi_shot` true with `shot_type` customize): 1 to 6, whose durations add up to `duration` (not
    checked on the client side). """
    element_list: list[ElementReference] | Unset = UNSET
    """ Up to 3 elements of the element library (after the baseline; kling-v3). Not together with `voice_list`. """
    watermark_info: WatermarkInfo | Unset = UNSET
    """ Watermark option (after the baseline). On a create, `enabled` true asks for a watermarked copy of each
    result as well, returned as `watermark_url` beside the normal `url`. In a task, the echo of that option. Server
    default when unset: no watermarked copy (our reading). An empty object means "not set". """
    callback_url: str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for image to video at the baseline. Our client always sends one: it is how
    a retried create finds the task it may already have started instead of paying for a second one. An empty string
    means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        model = self.model

        image = self.image

        image_tail = self.image_tail

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        static_mask = self.static_mask

        dynamic_masks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_masks, Unset):
            dynamic_masks = []
            for dynamic_masks_item_data in self.dynamic_masks:
                dynamic_masks_item = dynamic_masks_item_data.to_dict()
                dynamic_masks.append(dynamic_masks_item)

        camera_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_control, Unset):
            camera_control = self.camera_control.to_dict()

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound

        voice_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voice_list, Unset):
            voice_list = []
            for voice_list_item_data in self.voice_list:
                voice_list_item = voice_list_item_data.to_dict()
                voice_list.append(voice_list_item)

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

        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        callback_url = self.callback_url

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model is not UNSET:
            field_dict["model"] = model
        if image is not UNSET:
            field_dict["image"] = image
        if image_tail is not UNSET:
            field_dict["image_tail"] = image_tail
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if mode is not UNSET:
            field_dict["mode"] = mode
        if static_mask is not UNSET:
            field_dict["static_mask"] = static_mask
        if dynamic_masks is not UNSET:
            field_dict["dynamic_masks"] = dynamic_masks
        if camera_control is not UNSET:
            field_dict["camera_control"] = camera_control
        if duration is not UNSET:
            field_dict["duration"] = duration
        if sound is not UNSET:
            field_dict["sound"] = sound
        if voice_list is not UNSET:
            field_dict["voice_list"] = voice_list
        if multi_shot is not UNSET:
            field_dict["multi_shot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt
        if element_list is not UNSET:
            field_dict["element_list"] = element_list
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_control import CameraControl  # noqa: PLC0415
        from ..models.dynamic_mask import DynamicMask  # noqa: PLC0415
        from ..models.element_reference import ElementReference  # noqa: PLC0415
        from ..models.shot_prompt import ShotPrompt  # noqa: PLC0415
        from ..models.voice_reference import VoiceReference  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_model_name(data: object) -> ImageToVideoModelName | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_image_to_video_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageToVideoModelName | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        model = d.pop("model", UNSET)

        image = d.pop("image", UNSET)

        image_tail = d.pop("image_tail", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: VideoMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_video_mode(_mode)

        static_mask = d.pop("static_mask", UNSET)

        _dynamic_masks = d.pop("dynamic_masks", UNSET)
        dynamic_masks: list[DynamicMask] | Unset = UNSET
        if _dynamic_masks is not UNSET:
            dynamic_masks = []
            for dynamic_masks_item_data in _dynamic_masks:
                dynamic_masks_item = DynamicMask.from_dict(dynamic_masks_item_data)

                dynamic_masks.append(dynamic_masks_item)

        _camera_control = d.pop("camera_control", UNSET)
        camera_control: CameraControl | Unset
        if isinstance(_camera_control, Unset):
            camera_control = UNSET
        else:
            camera_control = CameraControl.from_dict(_camera_control)

        _duration = d.pop("duration", UNSET)
        duration: ExtendedVideoDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_extended_video_duration(_duration)

        _sound = d.pop("sound", UNSET)
        sound: VideoSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_video_sound(_sound)

        _voice_list = d.pop("voice_list", UNSET)
        voice_list: list[VoiceReference] | Unset = UNSET
        if _voice_list is not UNSET:
            voice_list = []
            for voice_list_item_data in _voice_list:
                voice_list_item = VoiceReference.from_dict(voice_list_item_data)

                voice_list.append(voice_list_item)

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

        _element_list = d.pop("element_list", UNSET)
        element_list: list[ElementReference] | Unset = UNSET
        if _element_list is not UNSET:
            element_list = []
            for element_list_item_data in _element_list:
                element_list_item = ElementReference.from_dict(element_list_item_data)

                element_list.append(element_list_item)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: WatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = WatermarkInfo.from_dict(_watermark_info)

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

        image_to_video_request = cls(
            model_name=model_name,
            model=model,
            image=image,
            image_tail=image_tail,
            prompt=prompt,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            mode=mode,
            static_mask=static_mask,
            dynamic_masks=dynamic_masks,
            camera_control=camera_control,
            duration=duration,
            sound=sound,
            voice_list=voice_list,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
            element_list=element_list,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        image_to_video_request.additional_properties = d
        return image_to_video_request

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
