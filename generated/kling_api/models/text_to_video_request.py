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
from ..models.shot_type import ShotType, check_shot_type
from ..models.text_to_video_model_name import (
    TextToVideoModelName,
    check_text_to_video_model_name,
)
from ..models.video_aspect_ratio import VideoAspectRatio, check_video_aspect_ratio
from ..models.video_sound import VideoSound, check_video_sound
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_control import CameraControl
    from ..models.shot_prompt import ShotPrompt
    from ..models.voice_reference import VoiceReference
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="TextToVideoRequest")


@_attrs_define
class TextToVideoRequest:
    """Body of `POST /v1/videos/text2video`. Server defaults when a field is unset: `model_name`
    kling-v1, `mode` std, `duration` "5", `aspect_ratio` 16:9, `cfg_scale` 0.5, `negative_prompt`
    empty, `sound` off, `multi_shot` false.

    Capabilities (`x-kling-capabilities`): kling-v1 supports std and pro, 5 s and 10 s, and
    camera control only in std 5 s. kling-v1-6 supports std and pro, 5 s and 10 s, and no camera
    control. The kling-v1-6 **pro** combinations are disputed (an older map shows them as not
    supported); we allow them, following the official Chinese capability map of May 2025.

    Newer models (after the baseline): kling-v2-master, kling-v2-1-master, kling-v2-5-turbo and
    kling-v2-6 take 5 s and 10 s; kling-v3 takes "3" to "15" (one source only: permissive
    reading) and also mode `4k` (2026-04-23). All are allowed in std and pro: kling-v2-1-master and kling-v2-5-turbo
    were
    pro-only at first, but std is not refused (permissive reading). Camera control is
    documented for kling-v1 only: it stays refused for the newer models. `sound` on needs
    kling-v2-6 or kling-v3 in pro mode; `voice_list` needs kling-v2-6 or kling-v3;
    `multi_shot` true needs kling-v3. The sources say the v2 and later models "ignore or
    refuse" `cfg_scale`: a warning, not an error.

    Camera control: `config` is required for type `simple` and forbidden for the four preset
    types; exactly one `config` field is non-zero.

    Native audio: `voice_list` (at most 2 voices) needs `sound` on (`x-kling-rules`).
    Multi-shot: with `multi_shot` true the server ignores `prompt` (still required by this
    schema: send a summary) and `shot_type` is required; `customize` needs `multi_prompt`, 1 to
    6 shots whose durations add up to `duration` (not checked on the client side: no rule kind
    expresses a sum). With `multi_shot` false or unset, `shot_type` and `multi_prompt` are
    ignored (warning).

    """

    prompt: str
    """ What the video shows, at most 2500 characters. """
    model_name: None | str | TextToVideoModelName | Unset = UNSET
    """ Model. Server default when unset: `kling-v1`. Newer models: kling-v2-master, kling-v2-1-master,
    kling-v2-5-turbo, kling-v2-6, kling-v3. Open enum. """
    model: None | str | Unset = UNSET
    """ Legacy name of `model_name`. The server still accepts it but treats it like an unset `model_name` (so the
    default model is used): use `model_name`. """
    negative_prompt: None | str | Unset = UNSET
    """ What the video must not show, at most 2500 characters. Server default: empty. """
    cfg_scale: float | None | Unset = UNSET
    """ How closely the video follows the prompt (higher = closer, less freedom). Server default when unset: 0.5.
    The kling-v2 and later models ignore or refuse it (warning). """
    mode: ExtendedVideoMode | None | Unset = UNSET
    """ Generation mode. Server default when unset: `std`. """
    aspect_ratio: None | Unset | VideoAspectRatio = UNSET
    """ Width:height of the video. Server default when unset: `16:9`. """
    duration: ExtendedVideoDuration | None | Unset = UNSET
    """ Length in seconds, as a string: "5" or "10"; "3" to "15" with kling-v3. Server default when unset: `"5"`.
    """
    camera_control: CameraControl | None | Unset = UNSET
    """ Camera movement (kling-v1, std, 5 s only). When absent the model chooses. """
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
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the video (`watermark_url`). After the baseline. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for text to video at the baseline. Our client always sends one: it is how a
    retried create finds the task it may already have started instead of paying for a second one. An empty string
    means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.camera_control import CameraControl  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        prompt = self.prompt

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

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, str):
            duration = self.duration
        else:
            duration = self.duration

        camera_control: dict[str, Any] | None | Unset
        if isinstance(self.camera_control, Unset):
            camera_control = UNSET
        elif isinstance(self.camera_control, CameraControl):
            camera_control = self.camera_control.to_dict()
        else:
            camera_control = self.camera_control

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
        if model is not UNSET:
            field_dict["model"] = model
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if mode is not UNSET:
            field_dict["mode"] = mode
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if camera_control is not UNSET:
            field_dict["camera_control"] = camera_control
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
        from ..models.shot_prompt import ShotPrompt  # noqa: PLC0415
        from ..models.voice_reference import VoiceReference  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_model_name(data: object) -> None | str | TextToVideoModelName | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_text_to_video_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TextToVideoModelName | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

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

        text_to_video_request = cls(
            prompt=prompt,
            model_name=model_name,
            model=model,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            mode=mode,
            aspect_ratio=aspect_ratio,
            duration=duration,
            camera_control=camera_control,
            sound=sound,
            voice_list=voice_list,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        text_to_video_request.additional_properties = d
        return text_to_video_request

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
