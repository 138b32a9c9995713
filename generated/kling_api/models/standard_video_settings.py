from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_aspect_ratio import (
    StandardAspectRatio,
    check_standard_aspect_ratio,
)
from ..models.standard_audio import StandardAudio, check_standard_audio
from ..models.standard_resolution import StandardResolution, check_standard_resolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardVideoSettings")


@_attrs_define
class StandardVideoSettings:
    """Generation settings of text to video, image to video and omni video. Server defaults: resolution `720p`,
    aspect_ratio `16:9`, duration 5, audio `off`, multi_shot true (3.0 and 3.0 Omni). Which settings and values a model
    takes is its capability map (`x-kling-models`); a setting the model does not have is sent with a warning (Kling
    ignores it). Image to video has no aspect_ratio (the frame sets it).

    """

    resolution: None | StandardResolution | Unset = UNSET
    aspect_ratio: None | StandardAspectRatio | Unset = UNSET
    duration: int | None | Unset = UNSET
    """ Length in seconds, an integer (the legacy API uses strings); default 5. """
    audio: None | StandardAudio | Unset = UNSET
    multi_shot: bool | None | Unset = UNSET
    """ Multi-shot output from `shot n, m, words;` prompts (3.0 family); default true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, str):
            resolution = self.resolution
        else:
            resolution = self.resolution

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        audio: None | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, str):
            audio = self.audio
        else:
            audio = self.audio

        multi_shot: bool | None | Unset
        if isinstance(self.multi_shot, Unset):
            multi_shot = UNSET
        else:
            multi_shot = self.multi_shot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if audio is not UNSET:
            field_dict["audio"] = audio
        if multi_shot is not UNSET:
            field_dict["multi_shot"] = multi_shot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_resolution(data: object) -> None | StandardResolution | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = check_standard_resolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardResolution | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_aspect_ratio(data: object) -> None | StandardAspectRatio | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_standard_aspect_ratio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardAspectRatio | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_audio(data: object) -> None | StandardAudio | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                audio_type_0 = check_standard_audio(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardAudio | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_multi_shot(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        multi_shot = _parse_multi_shot(d.pop("multi_shot", UNSET))

        standard_video_settings = cls(
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            audio=audio,
            multi_shot=multi_shot,
        )

        standard_video_settings.additional_properties = d
        return standard_video_settings

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
