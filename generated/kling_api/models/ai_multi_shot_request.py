from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMultiShotRequest")


@_attrs_define
class AiMultiShotRequest:
    """Body of `POST /v1/general/ai-multi-shot` (FACTS-2026 §4.5). No model field."""

    element_frontal_image: str
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". `x-kling-media` is what the client checks in a file or bytes it encodes
    itself (10 MB read as MiB, 10485760 bytes: the permissive reading; the format by the file's content). """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object at every status change. """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id, unique within the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element_frontal_image = self.element_frontal_image

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
                "element_frontal_image": element_frontal_image,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        element_frontal_image = d.pop("element_frontal_image")

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

        ai_multi_shot_request = cls(
            element_frontal_image=element_frontal_image,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        ai_multi_shot_request.additional_properties = d
        return ai_multi_shot_request

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
