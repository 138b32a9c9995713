from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_content import StandardContent
    from ..models.standard_motion_control_settings import StandardMotionControlSettings
    from ..models.standard_options import StandardOptions


T = TypeVar("T", bound="StandardMotionControlRequest")


@_attrs_define
class StandardMotionControlRequest:
    """Body of `POST /motion-control/{model}`: `contents[]` (a motion `video`, an appearance `image`, a `prompt`, on 3.0
    one `element`), `settings` (`character_orientation` required; see `StandardMotionControlSettings`), `options`. The
    output length follows the motion video (no duration, no aspect_ratio). The motion video's length limit (10 s with
    orientation `image`, 30 s with `video`) is described only.

    """

    contents: list[StandardContent]
    settings: StandardMotionControlSettings | Unset = UNSET
    """ Motion-control settings. `character_orientation` is required (FACTS-2026 §8.4: required inside an optional
    object; our reading: refused when `settings` is sent without it, a warning when `settings` is absent). Server
    defaults: audio `original`, resolution `720p`. """
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
        from ..models.standard_motion_control_settings import (
            StandardMotionControlSettings,  # noqa: PLC0415
        )
        from ..models.standard_options import StandardOptions  # noqa: PLC0415

        d = dict(src_dict)
        contents = []
        _contents = d.pop("contents")
        for contents_item_data in _contents:
            contents_item = StandardContent.from_dict(contents_item_data)

            contents.append(contents_item)

        _settings = d.pop("settings", UNSET)
        settings: StandardMotionControlSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = StandardMotionControlSettings.from_dict(_settings)

        _options = d.pop("options", UNSET)
        options: StandardOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = StandardOptions.from_dict(_options)

        standard_motion_control_request = cls(
            contents=contents,
            settings=settings,
            options=options,
        )

        standard_motion_control_request.additional_properties = d
        return standard_motion_control_request

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
