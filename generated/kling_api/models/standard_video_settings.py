from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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

    resolution: StandardResolution | Unset = UNSET
    """ Output resolution (server default `720p`); which values a model takes is its capability map. """
    aspect_ratio: StandardAspectRatio | Unset = UNSET
    """ Output aspect ratio (server default `16:9`); text to video and omni video only. """
    duration: int | Unset = UNSET
    """ Length in seconds, an integer (the legacy API uses strings); default 5. """
    audio: StandardAudio | Unset = UNSET
    """ Sound of the output: `native` (generated), `original` (keep the reference video's sound), `off`. Server
    default `off` (motion control: `original`); values per model in the map. """
    multi_shot: bool | Unset = UNSET
    """ Multi-shot output from `shot n, m, words;` prompts (3.0 family); default true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        audio: str | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio

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
        _resolution = d.pop("resolution", UNSET)
        resolution: StandardResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_standard_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StandardAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_standard_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        _audio = d.pop("audio", UNSET)
        audio: StandardAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = check_standard_audio(_audio)

        multi_shot = d.pop("multi_shot", UNSET)

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
