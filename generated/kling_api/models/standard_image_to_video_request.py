from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_content import StandardContent
    from ..models.standard_options import StandardOptions
    from ..models.standard_video_settings import StandardVideoSettings


T = TypeVar("T", bound="StandardImageToVideoRequest")


@_attrs_define
class StandardImageToVideoRequest:
    """Body of `POST /image-to-video/{model}`: `contents[]` (a `first_frame` is required; a `last_frame` needs it;
    `prompt`, `element`, `voice` per model), `settings` (no aspect_ratio), `options`. Server defaults: resolution
    `720p`, duration 5, audio `off`. 3.0 Turbo takes a 2500-character prompt here (3072 in text to video; FACTS-2026
    §8.3).

    """

    contents: list[StandardContent]
    settings: StandardVideoSettings | Unset = UNSET
    """ Generation settings of text to video, image to video and omni video. Server defaults: resolution `720p`,
    aspect_ratio `16:9`, duration 5, audio `off`, multi_shot true (3.0 and 3.0 Omni). Which settings and values a
    model takes is its capability map (`x-kling-models`); a setting the model does not have is sent with a warning
    (Kling ignores it). Image to video has no aspect_ratio (the frame sets it). """
    options: StandardOptions | Unset = UNSET
    """ Options of every new-standard create: `callback_url` (status notifications), `external_task_id` (unique per
    account, echoed as `external_id`; the client always sends one so that a retry never creates a second paid task)
    and `watermark_info`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contents = []
        for contents_item_data in self.contents:
            contents_item = contents_item_data.to_dict()
            contents.append(contents_item)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contents": contents,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_content import StandardContent  # noqa: PLC0415
        from ..models.standard_options import StandardOptions  # noqa: PLC0415
        from ..models.standard_video_settings import StandardVideoSettings  # noqa: PLC0415

        d = dict(src_dict)
        contents = []
        _contents = d.pop("contents")
        for contents_item_data in _contents:
            contents_item = StandardContent.from_dict(contents_item_data)

            contents.append(contents_item)

        _settings = d.pop("settings", UNSET)
        settings: StandardVideoSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = StandardVideoSettings.from_dict(_settings)

        _options = d.pop("options", UNSET)
        options: StandardOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = StandardOptions.from_dict(_options)

        standard_image_to_video_request = cls(
            contents=contents,
            settings=settings,
            options=options,
        )

        standard_image_to_video_request.additional_properties = d
        return standard_image_to_video_request

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
