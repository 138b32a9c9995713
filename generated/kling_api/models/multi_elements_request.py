from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_elements_edit_mode import (
    MultiElementsEditMode,
    check_multi_elements_edit_mode,
)
from ..models.multi_elements_mode import MultiElementsMode, check_multi_elements_mode
from ..models.video_duration import VideoDuration, check_video_duration
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_elements_image import MultiElementsImage
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="MultiElementsRequest")


@_attrs_define
class MultiElementsRequest:
    """Body of `POST /v1/videos/multi-elements` (FACTS-2026 §4.7). Server defaults when unset:
    `mode` std, `duration` "5" (a 5 s result needs a 2-5 s input video, 10 s a 7-10 s one).
    Rules (`x-kling-rules`): `image_list` is required with `addition` (1-2 images) and
    `swap` (1 image, described only), and ignored with `removal` (warning).

    """

    session_id: str
    """ The session of `initMultiElementsSelection`, with its marked selection. """
    edit_mode: MultiElementsEditMode
    """ `addition` (1-2 images), `swap` (1 image) or `removal` (no image). """
    prompt: str
    """ The edit, at most 2500 characters, naming `<<<video_1>>>` and `<<<image_1>>>`. """
    image_list: list[MultiElementsImage] | None | Unset = UNSET
    """ Reference images (addition 1-2, swap 1, removal none). """
    negative_prompt: None | str | Unset = UNSET
    """ What the video must not show, at most 2500 characters. """
    mode: MultiElementsMode | None | Unset = UNSET
    duration: None | Unset | VideoDuration = UNSET
    watermark_info: None | Unset | WatermarkInfo = UNSET
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object at every status change. """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id, unique within the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        session_id = self.session_id

        edit_mode: str = self.edit_mode

        prompt = self.prompt

        image_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.image_list, Unset):
            image_list = UNSET
        elif isinstance(self.image_list, list):
            image_list = []
            for image_list_type_0_item_data in self.image_list:
                image_list_type_0_item = image_list_type_0_item_data.to_dict()
                image_list.append(image_list_type_0_item)

        else:
            image_list = self.image_list

        negative_prompt: None | str | Unset
        if isinstance(self.negative_prompt, Unset):
            negative_prompt = UNSET
        else:
            negative_prompt = self.negative_prompt

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, str):
            duration = self.duration
        else:
            duration = self.duration

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
                "session_id": session_id,
                "edit_mode": edit_mode,
                "prompt": prompt,
            }
        )
        if image_list is not UNSET:
            field_dict["image_list"] = image_list
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_elements_image import MultiElementsImage  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id")

        edit_mode = check_multi_elements_edit_mode(d.pop("edit_mode"))

        prompt = d.pop("prompt")

        def _parse_image_list(data: object) -> list[MultiElementsImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_list_type_0 = []
                _image_list_type_0 = data
                for image_list_type_0_item_data in _image_list_type_0:
                    image_list_type_0_item = MultiElementsImage.from_dict(
                        image_list_type_0_item_data
                    )

                    image_list_type_0.append(image_list_type_0_item)

                return image_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MultiElementsImage] | None | Unset, data)

        image_list = _parse_image_list(d.pop("image_list", UNSET))

        def _parse_negative_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_prompt = _parse_negative_prompt(d.pop("negative_prompt", UNSET))

        def _parse_mode(data: object) -> MultiElementsMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_multi_elements_mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiElementsMode | None | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

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

        multi_elements_request = cls(
            session_id=session_id,
            edit_mode=edit_mode,
            prompt=prompt,
            image_list=image_list,
            negative_prompt=negative_prompt,
            mode=mode,
            duration=duration,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        multi_elements_request.additional_properties = d
        return multi_elements_request

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
