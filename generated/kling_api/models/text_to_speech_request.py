from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_language import VoiceLanguage, check_voice_language
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeechRequest")


@_attrs_define
class TextToSpeechRequest:
    """Body of `POST /v1/audio/tts` (FACTS-2026 §4.2; synchronous: no `callback_url`, no
    `external_task_id`). `voice_speed` 0.8-2.0 with one decimal; the server rounds values
    outside that range into it rather than refusing them, so the range is not refused here
    either. Server default when unset: `voice_speed` 1.0.

    """

    text: str
    """ The text to speak, at most 1000 characters. """
    voice_id: str
    """ A preset voice id (`listPresetVoices`) or a custom voice id. """
    voice_language: VoiceLanguage
    """ Language the built-in voice speaks. """
    voice_speed: float | None | Unset = UNSET
    """ Speech rate, 0.8-2.0 with one decimal (the server rounds other values). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_id = self.voice_id

        voice_language: str = self.voice_language

        voice_speed: float | None | Unset
        if isinstance(self.voice_speed, Unset):
            voice_speed = UNSET
        else:
            voice_speed = self.voice_speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
            }
        )
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        voice_id = d.pop("voice_id")

        voice_language = check_voice_language(d.pop("voice_language"))

        def _parse_voice_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        voice_speed = _parse_voice_speed(d.pop("voice_speed", UNSET))

        text_to_speech_request = cls(
            text=text,
            voice_id=voice_id,
            voice_language=voice_language,
            voice_speed=voice_speed,
        )

        text_to_speech_request.additional_properties = d
        return text_to_speech_request

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
