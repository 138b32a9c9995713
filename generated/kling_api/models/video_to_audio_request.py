from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoToAudioRequest")


@_attrs_define
class VideoToAudioRequest:
    """Body of `POST /v1/audio/video-to-audio` (after the baseline). Server default when unset:
    `asmr_mode` false. Exactly one of `video_id` and `video_url` (`x-kling-rules`). The result
    is `task_result.audios[]`, whose items also carry the video with its new soundtrack.

    """

    video_id: None | str | Unset = UNSET
    """ `id` of a Kling-generated video (`task_result.videos[].id`) generated within the last 30 days. Exactly one
    of `video_id` and `video_url`. """
    video_url: None | str | Unset = UNSET
    """ URL of a video: .mp4 or .mov, at most 100 MB, 3.0 to 20.0 s long. Exactly one of `video_id` and `video_url`.
    """
    sound_effect_prompt: None | str | Unset = UNSET
    """ The sound effects wanted, at most 200 characters. """
    bgm_prompt: None | str | Unset = UNSET
    """ The background music wanted, at most 200 characters. """
    asmr_mode: bool | None | Unset = UNSET
    """ ASMR mode (detailed close-up sound effects). Server default when unset: false. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for video to audio. Our client always sends one: it is how a retried create
    finds the task it may already have started instead of paying for a second one. An empty string means "not set".
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        sound_effect_prompt: None | str | Unset
        if isinstance(self.sound_effect_prompt, Unset):
            sound_effect_prompt = UNSET
        else:
            sound_effect_prompt = self.sound_effect_prompt

        bgm_prompt: None | str | Unset
        if isinstance(self.bgm_prompt, Unset):
            bgm_prompt = UNSET
        else:
            bgm_prompt = self.bgm_prompt

        asmr_mode: bool | None | Unset
        if isinstance(self.asmr_mode, Unset):
            asmr_mode = UNSET
        else:
            asmr_mode = self.asmr_mode

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
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if sound_effect_prompt is not UNSET:
            field_dict["sound_effect_prompt"] = sound_effect_prompt
        if bgm_prompt is not UNSET:
            field_dict["bgm_prompt"] = bgm_prompt
        if asmr_mode is not UNSET:
            field_dict["asmr_mode"] = asmr_mode
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_sound_effect_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sound_effect_prompt = _parse_sound_effect_prompt(d.pop("sound_effect_prompt", UNSET))

        def _parse_bgm_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bgm_prompt = _parse_bgm_prompt(d.pop("bgm_prompt", UNSET))

        def _parse_asmr_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        asmr_mode = _parse_asmr_mode(d.pop("asmr_mode", UNSET))

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

        video_to_audio_request = cls(
            video_id=video_id,
            video_url=video_url,
            sound_effect_prompt=sound_effect_prompt,
            bgm_prompt=bgm_prompt,
            asmr_mode=asmr_mode,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        video_to_audio_request.additional_properties = d
        return video_to_audio_request

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
