from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
    audio: None | StandardAudio | Unset = UNSET
    resolution: None | StandardResolution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character_orientation: str = self.character_orientation

        audio: None | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, str):
            audio = self.audio
        else:
            audio = self.audio

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, str):
            resolution = self.resolution
        else:
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
