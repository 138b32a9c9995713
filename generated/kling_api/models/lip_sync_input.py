from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_type import AudioType, check_audio_type
from ..models.lip_sync_mode import LipSyncMode, check_lip_sync_mode
from ..models.voice_id import VoiceId, check_voice_id
from ..models.voice_language import VoiceLanguage, check_voice_language
from ..types import UNSET, Unset

T = TypeVar("T", bound="LipSyncInput")


@_attrs_define
class LipSyncInput:
    """The `input` object of the legacy lip sync. The video must show a clear human face."""

    mode: LipSyncMode
    """ `text2video`: speak `text` with the built-in voice `voice_id`; `audio2video`: follow the audio of
    `audio_file` or `audio_url`. """
    video_id: None | str | Unset = UNSET
    """ `id` of a Kling-generated video (`task_result.videos[].id`): only 5 s and 10 s videos generated within the
    last 30 days. Exactly one of `video_id` and `video_url`. """
    video_url: None | str | Unset = UNSET
    """ URL of any video: .mp4 or .mov, at most 100 MB, 2-10 s long, 720p or 1080p, each side 720-1920 px. Exactly
    one of `video_id` and `video_url`. """
    text: None | str | Unset = UNSET
    """ Text to speak (mode `text2video`), at most 120 characters. """
    voice_id: None | str | Unset | VoiceId = UNSET
    """ Built-in voice (mode `text2video`). Open enum: the voice list is known from the official client, not from
    the official voice page. """
    voice_language: None | Unset | VoiceLanguage = UNSET
    """ Language of the voice (mode `text2video`). Server default disputed (`en` in the English documentation, `zh`
    in the Chinese one): send it. """
    voice_speed: float | None | Unset = UNSET
    """ Speaking speed (mode `text2video`), in [0.8, 2.0] with one decimal place. Server default when unset: 1.0.
    """
    audio_type: AudioType | None | Unset = UNSET
    """ Where the audio comes from (mode `audio2video`). """
    audio_file: None | str | Unset = UNSET
    """ Audio as raw Base64 (no `data:` prefix) of an .mp3, .wav, .m4a or .aac file, at most 5 MB
    (`audio_type=file`). The audio length limit is not documented for this form. """
    audio_url: None | str | Unset = UNSET
    """ URL of an .mp3, .wav, .m4a or .aac file, at most 5 MB (`audio_type=url`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

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

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        elif isinstance(self.voice_id, str):
            voice_id = self.voice_id
        else:
            voice_id = self.voice_id

        voice_language: None | str | Unset
        if isinstance(self.voice_language, Unset):
            voice_language = UNSET
        elif isinstance(self.voice_language, str):
            voice_language = self.voice_language
        else:
            voice_language = self.voice_language

        voice_speed: float | None | Unset
        if isinstance(self.voice_speed, Unset):
            voice_speed = UNSET
        else:
            voice_speed = self.voice_speed

        audio_type: None | str | Unset
        if isinstance(self.audio_type, Unset):
            audio_type = UNSET
        elif isinstance(self.audio_type, str):
            audio_type = self.audio_type
        else:
            audio_type = self.audio_type

        audio_file: None | str | Unset
        if isinstance(self.audio_file, Unset):
            audio_file = UNSET
        else:
            audio_file = self.audio_file

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if text is not UNSET:
            field_dict["text"] = text
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_language is not UNSET:
            field_dict["voice_language"] = voice_language
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed
        if audio_type is not UNSET:
            field_dict["audio_type"] = audio_type
        if audio_file is not UNSET:
            field_dict["audio_file"] = audio_file
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_lip_sync_mode(d.pop("mode"))

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

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset | VoiceId:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_id_type_0 = check_voice_id(data)

                return voice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | VoiceId, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_voice_language(data: object) -> None | Unset | VoiceLanguage:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_language_type_0 = check_voice_language(data)

                return voice_language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceLanguage, data)

        voice_language = _parse_voice_language(d.pop("voice_language", UNSET))

        def _parse_voice_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        voice_speed = _parse_voice_speed(d.pop("voice_speed", UNSET))

        def _parse_audio_type(data: object) -> AudioType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                audio_type_type_0 = check_audio_type(data)

                return audio_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioType | None | Unset, data)

        audio_type = _parse_audio_type(d.pop("audio_type", UNSET))

        def _parse_audio_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_file = _parse_audio_file(d.pop("audio_file", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        lip_sync_input = cls(
            mode=mode,
            video_id=video_id,
            video_url=video_url,
            text=text,
            voice_id=voice_id,
            voice_language=voice_language,
            voice_speed=voice_speed,
            audio_type=audio_type,
            audio_file=audio_file,
            audio_url=audio_url,
        )

        lip_sync_input.additional_properties = d
        return lip_sync_input

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
