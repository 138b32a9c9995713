from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    settings: None | StandardMotionControlSettings | Unset = UNSET
    options: None | StandardOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.standard_motion_control_settings import (
            StandardMotionControlSettings,  # noqa: PLC0415
        )
        from ..models.standard_options import StandardOptions  # noqa: PLC0415

        contents = []
        for contents_item_data in self.contents:
            contents_item = contents_item_data.to_dict()
            contents.append(contents_item)

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, StandardMotionControlSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, StandardOptions):
            options = self.options.to_dict()
        else:
            options = self.options

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

        def _parse_settings(data: object) -> None | StandardMotionControlSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = StandardMotionControlSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardMotionControlSettings | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_options(data: object) -> None | StandardOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = StandardOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardOptions | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

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
