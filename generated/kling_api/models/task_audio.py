from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAudio")


@_attrs_define
class TaskAudio:
    """A generated audio (text to audio, video to audio; after the baseline). Lenient: every field optional. The sources
    name the id `id` or `audio_id`: read either. The id feeds the `audio_id` inputs of avatar and advanced lip sync.
    Video to audio also returns the video with its new soundtrack (`video_id`, `video_url`). Generated files are deleted
    after 30 days.

    """

    id: str | Unset = UNSET
    """ Audio id (one of the two names seen; see `audio_id`). """
    audio_id: str | Unset = UNSET
    """ Audio id (the other name seen). """
    url_mp3: str | Unset = UNSET
    """ Download URL of the audio as MP3. """
    url_wav: str | Unset = UNSET
    """ Download URL of the audio as WAV. """
    duration_mp3: float | str | Unset = UNSET
    """ Length of the MP3 in seconds; a string such as "5.0" (like video durations) or a number: the sources do not
    fix the type. """
    duration_wav: float | str | Unset = UNSET
    """ Length of the WAV in seconds; a string or a number. """
    video_id: str | Unset = UNSET
    """ Video to audio: id of the video with the generated soundtrack. """
    video_url: str | Unset = UNSET
    """ Video to audio: download URL of that video (deleted after 30 days). """
    url: str | Unset = UNSET
    """ Text to speech: download URL of the speech (MP3). """
    duration: float | str | Unset = UNSET
    """ Text to speech: length of the speech in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        audio_id = self.audio_id

        url_mp3 = self.url_mp3

        url_wav = self.url_wav

        duration_mp3: float | str | Unset
        if isinstance(self.duration_mp3, Unset):
            duration_mp3 = UNSET
        else:
            duration_mp3 = self.duration_mp3

        duration_wav: float | str | Unset
        if isinstance(self.duration_wav, Unset):
            duration_wav = UNSET
        else:
            duration_wav = self.duration_wav

        video_id = self.video_id

        video_url = self.video_url

        url = self.url

        duration: float | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if audio_id is not UNSET:
            field_dict["audio_id"] = audio_id
        if url_mp3 is not UNSET:
            field_dict["url_mp3"] = url_mp3
        if url_wav is not UNSET:
            field_dict["url_wav"] = url_wav
        if duration_mp3 is not UNSET:
            field_dict["duration_mp3"] = duration_mp3
        if duration_wav is not UNSET:
            field_dict["duration_wav"] = duration_wav
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if url is not UNSET:
            field_dict["url"] = url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        audio_id = d.pop("audio_id", UNSET)

        url_mp3 = d.pop("url_mp3", UNSET)

        url_wav = d.pop("url_wav", UNSET)

        def _parse_duration_mp3(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        duration_mp3 = _parse_duration_mp3(d.pop("duration_mp3", UNSET))

        def _parse_duration_wav(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        duration_wav = _parse_duration_wav(d.pop("duration_wav", UNSET))

        video_id = d.pop("video_id", UNSET)

        video_url = d.pop("video_url", UNSET)

        url = d.pop("url", UNSET)

        def _parse_duration(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        task_audio = cls(
            id=id,
            audio_id=audio_id,
            url_mp3=url_mp3,
            url_wav=url_wav,
            duration_mp3=duration_mp3,
            duration_wav=duration_wav,
            video_id=video_id,
            video_url=video_url,
            url=url,
            duration=duration,
        )

        task_audio.additional_properties = d
        return task_audio

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
