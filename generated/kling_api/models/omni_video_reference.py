from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keep_original_sound import KeepOriginalSound, check_keep_original_sound
from ..models.omni_video_refer_type import (
    OmniVideoReferType,
    check_omni_video_refer_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OmniVideoReference")


@_attrs_define
class OmniVideoReference:
    """The reference video of omni video, named `<<<video_1>>>` in the prompt: .mp4 or .mov, 3-10 s, sides 720-2160 px,
    24-60 fps, at most 200 MB (not checked on the client side).

    """

    video_url: str
    """ URL of the video. """
    refer_type: None | OmniVideoReferType | Unset = UNSET
    keep_original_sound: KeepOriginalSound | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        refer_type: None | str | Unset
        if isinstance(self.refer_type, Unset):
            refer_type = UNSET
        elif isinstance(self.refer_type, str):
            refer_type = self.refer_type
        else:
            refer_type = self.refer_type

        keep_original_sound: None | str | Unset
        if isinstance(self.keep_original_sound, Unset):
            keep_original_sound = UNSET
        elif isinstance(self.keep_original_sound, str):
            keep_original_sound = self.keep_original_sound
        else:
            keep_original_sound = self.keep_original_sound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if refer_type is not UNSET:
            field_dict["refer_type"] = refer_type
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        def _parse_refer_type(data: object) -> None | OmniVideoReferType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refer_type_type_0 = check_omni_video_refer_type(data)

                return refer_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OmniVideoReferType | Unset, data)

        refer_type = _parse_refer_type(d.pop("refer_type", UNSET))

        def _parse_keep_original_sound(data: object) -> KeepOriginalSound | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                keep_original_sound_type_0 = check_keep_original_sound(data)

                return keep_original_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeepOriginalSound | None | Unset, data)

        keep_original_sound = _parse_keep_original_sound(d.pop("keep_original_sound", UNSET))

        omni_video_reference = cls(
            video_url=video_url,
            refer_type=refer_type,
            keep_original_sound=keep_original_sound,
        )

        omni_video_reference.additional_properties = d
        return omni_video_reference

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
