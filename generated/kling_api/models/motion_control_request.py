from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.character_orientation import (
    CharacterOrientation,
    check_character_orientation,
)
from ..models.keep_original_sound import KeepOriginalSound, check_keep_original_sound
from ..models.motion_control_model_name import (
    MotionControlModelName,
    check_motion_control_model_name,
)
from ..models.video_mode import VideoMode, check_video_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_reference import ElementReference
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="MotionControlRequest")


@_attrs_define
class MotionControlRequest:
    """Body of `POST /v1/videos/motion-control` (after the baseline). Server default when unset:
    `keep_original_sound` yes. No default model is documented: send `model_name`. `mode` is
    required.

    The reference video `video_url` (the motion source): .mp4 or .mov, at most 100 MB, sides
    340-3850 px, 3-30 s long; with `character_orientation` image it may be at most 10 s, with
    `video` at most 30 s. The client does not read the video, so none of this is checked on
    the client side.

    """

    image_url: str
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". `x-kling-media` is what the client checks in a file or bytes it encodes
    itself (10 MB read as MiB, 10485760 bytes: the permissive reading; the format by the file's content). """
    video_url: str
    """ The motion source: URL of a .mp4 or .mov video, at most 100 MB, sides 340-3850 px, 3-30 s (at most 10 s with
    `character_orientation` image). """
    mode: VideoMode
    """ `std`: standard (cheaper, faster); `pro`: professional (better quality, slower). kling-v1 gives 720p in
    both; kling-v1-5 and kling-v1-6 give 720p in std and 1080p in pro; 30 fps. """
    model_name: MotionControlModelName | None | str | Unset = UNSET
    """ Model: kling-v2-6 or kling-v3. No server default is documented: send it. Open enum. """
    character_orientation: CharacterOrientation | None | Unset = UNSET
    """ Whether the character keeps the orientation of the image or follows the video. """
    prompt: None | str | Unset = UNSET
    """ Optional text guidance. No length limit is documented. """
    keep_original_sound: KeepOriginalSound | None | Unset = UNSET
    """ Keep the sound of the reference video. Server default when unset: `yes`. """
    element_list: list[ElementReference] | None | Unset = UNSET
    """ At most one element of the element library. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the video (`watermark_url`). """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for motion control. Our client always sends one: it is how a retried create
    finds the task it may already have started instead of paying for a second one. An empty string means "not set".
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        image_url = self.image_url

        video_url = self.video_url

        mode: str = self.mode

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        character_orientation: None | str | Unset
        if isinstance(self.character_orientation, Unset):
            character_orientation = UNSET
        elif isinstance(self.character_orientation, str):
            character_orientation = self.character_orientation
        else:
            character_orientation = self.character_orientation

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        keep_original_sound: None | str | Unset
        if isinstance(self.keep_original_sound, Unset):
            keep_original_sound = UNSET
        elif isinstance(self.keep_original_sound, str):
            keep_original_sound = self.keep_original_sound
        else:
            keep_original_sound = self.keep_original_sound

        element_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.element_list, Unset):
            element_list = UNSET
        elif isinstance(self.element_list, list):
            element_list = []
            for element_list_type_0_item_data in self.element_list:
                element_list_type_0_item = element_list_type_0_item_data.to_dict()
                element_list.append(element_list_type_0_item)

        else:
            element_list = self.element_list

        watermark_info: dict[str, Any] | None | Unset
        if isinstance(self.watermark_info, Unset):
            watermark_info = UNSET
        elif isinstance(self.watermark_info, WatermarkInfo):
            watermark_info = self.watermark_info.to_dict()
        else:
            watermark_info = self.watermark_info

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        external_task_id: None | str | Unset
        if isinstance(self.external_task_id, Unset):
            external_task_id = UNSET
        else:
            external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "video_url": video_url,
                "mode": mode,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if character_orientation is not UNSET:
            field_dict["character_orientation"] = character_orientation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound
        if element_list is not UNSET:
            field_dict["element_list"] = element_list
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_reference import ElementReference  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        mode = check_video_mode(d.pop("mode"))

        def _parse_model_name(data: object) -> MotionControlModelName | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_motion_control_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MotionControlModelName | None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_character_orientation(data: object) -> CharacterOrientation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                character_orientation_type_0 = check_character_orientation(data)

                return character_orientation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CharacterOrientation | None | Unset, data)

        character_orientation = _parse_character_orientation(d.pop("character_orientation", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

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

        def _parse_element_list(data: object) -> list[ElementReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                element_list_type_0 = []
                _element_list_type_0 = data
                for element_list_type_0_item_data in _element_list_type_0:
                    element_list_type_0_item = ElementReference.from_dict(
                        element_list_type_0_item_data
                    )

                    element_list_type_0.append(element_list_type_0_item)

                return element_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ElementReference] | None | Unset, data)

        element_list = _parse_element_list(d.pop("element_list", UNSET))

        def _parse_watermark_info(data: object) -> None | Unset | WatermarkInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                watermark_info_type_0 = WatermarkInfo.from_dict(data)

                return watermark_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatermarkInfo, data)

        watermark_info = _parse_watermark_info(d.pop("watermark_info", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_external_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_task_id = _parse_external_task_id(d.pop("external_task_id", UNSET))

        motion_control_request = cls(
            image_url=image_url,
            video_url=video_url,
            mode=mode,
            model_name=model_name,
            character_orientation=character_orientation,
            prompt=prompt,
            keep_original_sound=keep_original_sound,
            element_list=element_list,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        motion_control_request.additional_properties = d
        return motion_control_request

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
