from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_audio_output_type import (
    StandardAudioOutputType,
    check_standard_audio_output_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardAudioOutput")


@_attrs_define
class StandardAudioOutput:
    """A result audio track (`type` audio), as mp3 and wav."""

    type_: StandardAudioOutputType
    id: str | Unset = UNSET
    mp3_url: str | Unset = UNSET
    wav_url: str | Unset = UNSET
    mp3_duration: str | Unset = UNSET
    wav_duration: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        mp3_url = self.mp3_url

        wav_url = self.wav_url

        mp3_duration = self.mp3_duration

        wav_duration = self.wav_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if mp3_url is not UNSET:
            field_dict["mp3_url"] = mp3_url
        if wav_url is not UNSET:
            field_dict["wav_url"] = wav_url
        if mp3_duration is not UNSET:
            field_dict["mp3_duration"] = mp3_duration
        if wav_duration is not UNSET:
            field_dict["wav_duration"] = wav_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_standard_audio_output_type(d.pop("type"))

        id = d.pop("id", UNSET)

        mp3_url = d.pop("mp3_url", UNSET)

        wav_url = d.pop("wav_url", UNSET)

        mp3_duration = d.pop("mp3_duration", UNSET)

        wav_duration = d.pop("wav_duration", UNSET)

        standard_audio_output = cls(
            type_=type_,
            id=id,
            mp3_url=mp3_url,
            wav_url=wav_url,
            mp3_duration=mp3_duration,
            wav_duration=wav_duration,
        )

        standard_audio_output.additional_properties = d
        return standard_audio_output

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
