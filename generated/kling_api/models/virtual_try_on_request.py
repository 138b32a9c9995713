from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.virtual_try_on_model_name import (
    VirtualTryOnModelName,
    check_virtual_try_on_model_name,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="VirtualTryOnRequest")


@_attrs_define
class VirtualTryOnRequest:
    """Body of `POST /v1/images/kolors-virtual-try-on`. Server default when unset: `model_name`
    kolors-virtual-try-on-v1. `cloth_image` is required (one source marks
    it optional; the try-on cannot work without it). Garment combinations
    (kolors-virtual-try-on-v1-5 only, several items merged into one white-background image):
    a single item or upper + lower work; upper + upper, lower + lower, dress + dress,
    upper + dress and lower + dress fail. kolors-virtual-try-on-v1 accepts single items only.

    """

    human_image: str
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". `x-kling-media` is what the client checks in a file or bytes it encodes
    itself (10 MB read as MiB, 10485760 bytes: the permissive reading; the format by the file's content). """
    cloth_image: str
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". `x-kling-media` is what the client checks in a file or bytes it encodes
    itself (10 MB read as MiB, 10485760 bytes: the permissive reading; the format by the file's content). """
    model_name: None | str | Unset | VirtualTryOnModelName = UNSET
    """ Model. Server default when unset: `kolors-virtual-try-on-v1`. Open enum. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the image (`watermark_url`). Documented for most creates after the
    baseline; included here as the permissive reading. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id, usable in place of `task_id` in the get-one operation. Not documented for virtual
    try-on at the baseline but documented in 2026; included as the permissive, forward-compatible reading. Our
    client always sends one: it is how a retried create finds the task it may already have started instead of paying
    for a second one. An empty string means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        human_image = self.human_image

        cloth_image = self.cloth_image

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

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
                "human_image": human_image,
                "cloth_image": cloth_image,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        human_image = d.pop("human_image")

        cloth_image = d.pop("cloth_image")

        def _parse_model_name(data: object) -> None | str | Unset | VirtualTryOnModelName:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_virtual_try_on_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | VirtualTryOnModelName, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

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

        virtual_try_on_request = cls(
            human_image=human_image,
            cloth_image=cloth_image,
            model_name=model_name,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        virtual_try_on_request.additional_properties = d
        return virtual_try_on_request

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
