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
from ..models.image_to_video_model_name import (
    ImageToVideoModelName,
    check_image_to_video_model_name,
)
from ..models.shot_type import ShotType, check_shot_type
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
    permissive reading) and also mode `4k` (2026-04-23); all in std and pro (kling-v2-1-master and kling-v2-5-turbo were
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
    and an end frame with it needs kling-v3 (capability `multi_shot_end_frame`: multi-shot
    together with first and last frames is allowed for kling-v3 since 2026-05-07; the other
    models take no multi-shot at all); `shot_type` and `multi_prompt` without `multi_shot` are
    ignored (warning). kling-v2-6 in pro: an end frame and `sound` on exclude each other
    according to one third-party source only (warning).

    """

    model_name: ImageToVideoModelName | None | str | Unset = UNSET
    """ Model. Server default when unset: `kling-v1`. Newer models: kling-v2-master, kling-v2-1, kling-v2-1-master,
    kling-v2-5-turbo, kling-v2-6, kling-v3. Open enum. """
    model: None | str | Unset = UNSET
    """ Legacy name of `model_name`. The server still accepts it but treats it like an unset `model_name` (so the
    default model is used): use `model_name`. """
    image: None | str | Unset = UNSET
    """ First frame: URL or raw Base64; jpg/jpeg/png, at most 10 MB, at least 300 px, aspect ratio between 1:2.5 and
    2.5:1. Optional if `image_tail` is set. """
    image_tail: None | str | Unset = UNSET
    """ End frame: URL or raw Base64; jpg/jpeg/png, at most 10 MB, at least 300 px (no aspect rule stated). Not
    together with the motion brush or camera control. """
    prompt: None | str | Unset = UNSET
    """ What the video shows, at most 2500 characters. """
    negative_prompt: None | str | Unset = UNSET
    """ What the video must not show, at most 2500 characters. """
    cfg_scale: float | None | Unset = UNSET
    """ How closely the video follows the prompt. Server default when unset: 0.5. The kling-v2 and later models
    ignore or refuse it (warning). """
    mode: ExtendedVideoMode | None | Unset = UNSET
    """ Generation mode. Server default when unset: `std`. """
    static_mask: None | str | Unset = UNSET
    """ Motion brush: the area that stays still. Same aspect ratio as `image` and same resolution as every
    `dynamic_masks[].mask`, otherwise the task fails (not a 400). """
    dynamic_masks: list[DynamicMask] | None | Unset = UNSET
    """ Motion brush: up to 6 areas, each with the trajectory it follows. """
    camera_control: CameraControl | None | Unset = UNSET
    """ Camera movement (kling-v1-5 pro 5 s with type `simple`; kling-v1 std 5 s). Not together with the end frame
    or the motion brush. """
    duration: ExtendedVideoDuration | None | Unset = UNSET
    """ Length in seconds, as a string: "5" or "10"; "3" to "15" with kling-v3. Server default when unset: `"5"`.
    """
    sound: None | Unset | VideoSound = UNSET
    """ Native audio (after the baseline): `on` generates sound with the video; kling-v2-6 and later, pro mode only.
    Server default when unset: `off`. """
    voice_list: list[VoiceReference] | None | Unset = UNSET
    """ Up to 2 voices for native audio (after the baseline; kling-v2-6 and later), named in the prompt as
    `<<<voice_1>>>` and `<<<voice_2>>>`. Needs `sound` on; billed at the "with voice" rate. """
    multi_shot: bool | None | Unset = UNSET
    """ Multi-shot video (after the baseline; kling-v3). When true the server ignores `prompt` and cuts the video as
    `shot_type` says (`shot_type` is then required). Server default when unset: false. """
    shot_type: None | ShotType | Unset = UNSET
    """ How the multi-shot video is cut (required when `multi_shot` is true). """
    multi_prompt: list[ShotPrompt] | None | Unset = UNSET
    """ The shots (`multi_shot` true with `shot_type` customize): 1 to 6, whose durations add up to `duration` (not
    checked on the client side). """
    element_list: list[ElementReference] | None | Unset = UNSET
    """ Up to 3 elements of the element library (after the baseline; kling-v3). Not together with `voice_list`. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the video (`watermark_url`). After the baseline. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for image to video at the baseline. Our client always sends one: it is how
    a retried create finds the task it may already have started instead of paying for a second one. An empty string
    means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.camera_control import CameraControl  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        image_tail: None | str | Unset
        if isinstance(self.image_tail, Unset):
            image_tail = UNSET
        else:
            image_tail = self.image_tail

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        negative_prompt: None | str | Unset
        if isinstance(self.negative_prompt, Unset):
            negative_prompt = UNSET
        else:
            negative_prompt = self.negative_prompt

        cfg_scale: float | None | Unset
        if isinstance(self.cfg_scale, Unset):
            cfg_scale = UNSET
        else:
            cfg_scale = self.cfg_scale

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        static_mask: None | str | Unset
        if isinstance(self.static_mask, Unset):
            static_mask = UNSET
        else:
            static_mask = self.static_mask

        dynamic_masks: list[dict[str, Any]] | None | Unset
        if isinstance(self.dynamic_masks, Unset):
            dynamic_masks = UNSET
        elif isinstance(self.dynamic_masks, list):
            dynamic_masks = []
            for dynamic_masks_type_0_item_data in self.dynamic_masks:
                dynamic_masks_type_0_item = dynamic_masks_type_0_item_data.to_dict()
                dynamic_masks.append(dynamic_masks_type_0_item)

        else:
            dynamic_masks = self.dynamic_masks

        camera_control: dict[str, Any] | None | Unset
        if isinstance(self.camera_control, Unset):
            camera_control = UNSET
        elif isinstance(self.camera_control, CameraControl):
            camera_control = self.camera_control.to_dict()
        else:
            camera_control = self.camera_control

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, str):
            duration = self.duration
        else:
            duration = self.duration

        sound: None | str | Unset
        if isinstance(self.sound, Unset):
            sound = UNSET
        elif isinstance(self.sound, str):
            sound = self.sound
        else:
            sound = self.sound

        voice_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.voice_list, Unset):
            voice_list = UNSET
        elif isinstance(self.voice_list, list):
            voice_list = []
            for voice_list_type_0_item_data in self.voice_list:
                voice_list_type_0_item = voice_list_type_0_item_data.to_dict()
                voice_list.append(voice_list_type_0_item)

        else:
            voice_list = self.voice_list

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

        def _parse_model_name(data: object) -> ImageToVideoModelName | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_image_to_video_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageToVideoModelName | None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_image_tail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_tail = _parse_image_tail(d.pop("image_tail", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_negative_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_prompt = _parse_negative_prompt(d.pop("negative_prompt", UNSET))

        def _parse_cfg_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cfg_scale = _parse_cfg_scale(d.pop("cfg_scale", UNSET))

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

        def _parse_static_mask(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        static_mask = _parse_static_mask(d.pop("static_mask", UNSET))

        def _parse_dynamic_masks(data: object) -> list[DynamicMask] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dynamic_masks_type_0 = []
                _dynamic_masks_type_0 = data
                for dynamic_masks_type_0_item_data in _dynamic_masks_type_0:
                    dynamic_masks_type_0_item = DynamicMask.from_dict(
                        dynamic_masks_type_0_item_data
                    )

                    dynamic_masks_type_0.append(dynamic_masks_type_0_item)

                return dynamic_masks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DynamicMask] | None | Unset, data)

        dynamic_masks = _parse_dynamic_masks(d.pop("dynamic_masks", UNSET))

        def _parse_camera_control(data: object) -> CameraControl | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                camera_control_type_0 = CameraControl.from_dict(data)

                return camera_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CameraControl | None | Unset, data)

        camera_control = _parse_camera_control(d.pop("camera_control", UNSET))

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

        def _parse_voice_list(data: object) -> list[VoiceReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                voice_list_type_0 = []
                _voice_list_type_0 = data
                for voice_list_type_0_item_data in _voice_list_type_0:
                    voice_list_type_0_item = VoiceReference.from_dict(voice_list_type_0_item_data)

                    voice_list_type_0.append(voice_list_type_0_item)

                return voice_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VoiceReference] | None | Unset, data)

        voice_list = _parse_voice_list(d.pop("voice_list", UNSET))

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
