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

    model_name: None | str | Unset | VideoEffectsModelName = UNSET
    """ Model. Dual-character scenes: kling-v1 (server default), kling-v1-5, kling-v1-6 (`fight`: kling-v1-6 only).
    Single-image scenes: kling-v1-6 only; newer single-image scenes are sent without a model by the official client.
    Open enum. """
    mode: None | Unset | VideoMode = UNSET
    """ Dual-character scenes only. Server default when unset: `std`. """
    images: list[str] | None | Unset = UNSET
    """ Dual-character scenes: exactly two portraits, each with a detectable face; the server stitches them, the
    first on the left. Each obeys the image rules of `MediaInput`. """
    image: None | str | Unset = UNSET
    """ Single-image scenes: the image (URL or raw Base64, image rules of `MediaInput`). """
    duration: None | Unset | VideoDuration = UNSET
    """ Length as a string: "5" or "10" for dual-character scenes, "5" for the baseline single-image scenes and for
    bloombloom and dizzydizzy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        images: list[str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        else:
            images = self.images

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, str):
            duration = self.duration
        else:
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

        def _parse_model_name(data: object) -> None | str | Unset | VideoEffectsModelName:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_video_effects_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | VideoEffectsModelName, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_mode(data: object) -> None | Unset | VideoMode:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_video_mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoMode, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = cast(list[str], data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_duration(data: object) -> None | Unset | VideoDuration:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duration_type_0 = check_video_duration(data)

                return duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoDuration, data)

        duration = _parse_duration(d.pop("duration", UNSET))

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
