from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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

    video_id: str | Unset = UNSET
    """ `id` of a Kling-generated video (`task_result.videos[].id`) generated within the last 30 days. Exactly one
    of `video_id` and `video_url`. """
    video_url: str | Unset = UNSET
    """ URL of a video: .mp4 or .mov, at most 100 MB, 3.0 to 20.0 s long. Exactly one of `video_id` and `video_url`.
    """
    sound_effect_prompt: str | Unset = UNSET
    """ The sound effects wanted, at most 200 characters. """
    bgm_prompt: str | Unset = UNSET
    """ The background music wanted, at most 200 characters. """
    asmr_mode: bool | Unset = UNSET
    """ ASMR mode (detailed close-up sound effects). Server default when unset: false. """
    callback_url: str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for video to audio. Our client always sends one: it is how a retried create
    finds the task it may already have started instead of paying for a second one. An empty string means "not set".
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        video_url = self.video_url

        sound_effect_prompt = self.sound_effect_prompt

        bgm_prompt = self.bgm_prompt

        asmr_mode = self.asmr_mode

        callback_url = self.callback_url

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
        video_id = d.pop("video_id", UNSET)

        video_url = d.pop("video_url", UNSET)

        sound_effect_prompt = d.pop("sound_effect_prompt", UNSET)

        bgm_prompt = d.pop("bgm_prompt", UNSET)

        asmr_mode = d.pop("asmr_mode", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

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
