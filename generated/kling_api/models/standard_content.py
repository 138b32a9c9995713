from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_content_type import (
    StandardContentType,
    check_standard_content_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardContent")


@_attrs_define
class StandardContent:
    """One input item of `contents[]`: `prompt` (`text`), `first_frame` / `last_frame` / `refer_image` (`url`: an http(s)
    URL or raw Base64; jpg/jpeg/png, at most 50 MB, at least 300 px, ratio 1:2.5-2.5:1), `feature_video` / `base_video`
    (`url`, URL only; mp4/mov, at most 200 MB), `element` (`element_id` and `id`), `voice` (`voice_id` and `id`; 2.6
    image to video), `image` / `video` (motion control references; the video mp4/mov at most 100 MB, 340-3850 px, at
    least 3 s). `id` names the item in prompts as `@id`. The fields each type needs are `x-kling-content-fields`.
    `element_id` is accepted as a string or an integer (FACTS-2026 §8.6).

    """

    type_: StandardContentType
    """ Type of a `contents[]` item. Which types (and how many) each model takes is its capability map; a type
    outside this list is refused before sending. """
    text: None | str | Unset = UNSET
    """ The prompt (type `prompt`); the limit per model (3072 or 2500) is in the map. """
    url: None | str | Unset = UNSET
    """ The image or video (URL, or raw Base64 for images). `x-kling-media` is what the client checks in a file or
    bytes it encodes itself for the image types (`when`); videos are URLs only (50 MB read as MiB: the permissive
    reading). """
    id: None | str | Unset = UNSET
    """ The item's name in prompts (`@id`); unique within the request. """
    element_id: int | None | str | Unset = UNSET
    """ An element of the element library (type `element`). """
    voice_id: None | str | Unset = UNSET
    """ A custom or preset voice (type `voice`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        element_id: int | None | str | Unset
        if isinstance(self.element_id, Unset):
            element_id = UNSET
        else:
            element_id = self.element_id

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url
        if id is not UNSET:
            field_dict["id"] = id
        if element_id is not UNSET:
            field_dict["element_id"] = element_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_standard_content_type(d.pop("type"))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_element_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        element_id = _parse_element_id(d.pop("element_id", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        standard_content = cls(
            type_=type_,
            text=text,
            url=url,
            id=id,
            element_id=element_id,
            voice_id=voice_id,
        )

        standard_content.additional_properties = d
        return standard_content

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
