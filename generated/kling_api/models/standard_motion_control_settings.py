from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_audio import StandardAudio, check_standard_audio
from ..models.standard_character_orientation import (
    StandardCharacterOrientation,
    check_standard_character_orientation,
)
from ..models.standard_resolution import StandardResolution, check_standard_resolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardMotionControlSettings")


@_attrs_define
class StandardMotionControlSettings:
    """Motion-control settings. `character_orientation` is required (FACTS-2026 §8.4: required inside an optional object;
    our reading: refused when `settings` is sent without it, a warning when `settings` is absent). Server defaults:
    audio `original`, resolution `720p`.

    """

    character_orientation: StandardCharacterOrientation
    """ Motion control: `image` (the character faces as in the image; motion video at most 10 s) or `video` (as in
    the motion video; at most 30 s). """
    audio: StandardAudio | Unset = UNSET
    """ Sound of the output: `native` (generated), `original` (keep the reference video's sound), `off`. Server
    default `off` (motion control: `original`); values per model in the map. """
    resolution: StandardResolution | Unset = UNSET
    """ Output resolution (server default `720p`); which values a model takes is its capability map. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character_orientation: str = self.character_orientation

        audio: str | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "character_orientation": character_orientation,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        character_orientation = check_standard_character_orientation(d.pop("character_orientation"))

        _audio = d.pop("audio", UNSET)
        audio: StandardAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = check_standard_audio(_audio)

        _resolution = d.pop("resolution", UNSET)
        resolution: StandardResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_standard_resolution(_resolution)

        standard_motion_control_settings = cls(
            character_orientation=character_orientation,
            audio=audio,
            resolution=resolution,
        )

        standard_motion_control_settings.additional_properties = d
        return standard_motion_control_settings

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
