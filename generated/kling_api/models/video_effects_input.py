from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_duration import VideoDuration, check_video_duration
from ..models.video_effects_model_name import (
    VideoEffectsModelName,
    check_video_effects_model_name,
)
from ..models.video_mode import VideoMode, check_video_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoEffectsInput")


@_attrs_define
class VideoEffectsInput:
    """The `input` object of video effects. One object for both scene kinds: dual-character scenes use `model_name`,
    `mode`, `images` and `duration`; single-image scenes use `model_name`, `image` and `duration`. Which fields a scene
    needs is in `VideoEffectsRequest`'s `x-kling-rules`.

    """

    model_name: str | Unset | VideoEffectsModelName = UNSET
    """ Model. Dual-character scenes: kling-v1 (server default), kling-v1-5, kling-v1-6 (`fight`: kling-v1-6 only).
    Single-image scenes: kling-v1-6 only; newer single-image scenes are sent without a model by the official client.
    Open enum. """
    mode: VideoMode | Unset = UNSET
    """ `std`: standard (cheaper, faster); `pro`: professional (better quality, slower). kling-v1 gives 720p in
    both; kling-v1-5 and kling-v1-6 give 720p in std and 1080p in pro; 30 fps. """
    images: list[str] | Unset = UNSET
    """ Dual-character scenes: exactly two portraits, each with a detectable face; the server stitches them, the
    first on the left. Each obeys the image rules of `MediaInput`. """
    image: str | Unset = UNSET
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". """
    duration: VideoDuration | Unset = UNSET
    """ Video length in seconds, sent as a **string**: "5" or "10". Families whose newer models take other lengths
    use `ExtendedVideoDuration`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        image = self.image

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if images is not UNSET:
            field_dict["images"] = images
        if image is not UNSET:
            field_dict["image"] = image
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_model_name(data: object) -> str | Unset | VideoEffectsModelName:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_video_effects_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VideoEffectsModelName, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: VideoMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_video_mode(_mode)

        images = cast(list[str], d.pop("images", UNSET))

        image = d.pop("image", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: VideoDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_video_duration(_duration)

        video_effects_input = cls(
            model_name=model_name,
            mode=mode,
            images=images,
            image=image,
            duration=duration,
        )

        video_effects_input.additional_properties = d
        return video_effects_input

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
