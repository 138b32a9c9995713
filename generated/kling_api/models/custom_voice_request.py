from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomVoiceRequest")


@_attrs_define
class CustomVoiceRequest:
    """Body of `POST /v1/general/custom-voices` (FACTS-2026 §4.3). The voice comes from
    `voice_url` (.mp3/.wav/.mp4/.mov, 5-30 s, one clean voice) or `video_id` (a kling-v2-6
    video with sound, an avatar or a lip-sync video): at least one is required; both at
    once is a warning (which one wins is not documented).

    """

    voice_name: str
    """ Name of the voice, at most 20 characters. """
    voice_url: None | str | Unset = UNSET
    """ URL of the recording (.mp3, .wav, .mp4 or .mov; 5-30 s, one clean voice). """
    video_id: None | str | Unset = UNSET
    """ `id` of a Kling video with sound (kling-v2-6 with sound, avatar, lip sync). """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object at every status change. """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id, unique within the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_name = self.voice_name

        voice_url: None | str | Unset
        if isinstance(self.voice_url, Unset):
            voice_url = UNSET
        else:
            voice_url = self.voice_url

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

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
                "voice_name": voice_name,
            }
        )
        if voice_url is not UNSET:
            field_dict["voice_url"] = voice_url
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_name = d.pop("voice_name")

        def _parse_voice_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_url = _parse_voice_url(d.pop("voice_url", UNSET))

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

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

        custom_voice_request = cls(
            voice_name=voice_name,
            voice_url=voice_url,
            video_id=video_id,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        custom_voice_request.additional_properties = d
        return custom_voice_request

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
