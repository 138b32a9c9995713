from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_content import StandardContent
    from ..models.standard_options import StandardOptions
    from ..models.standard_video_settings import StandardVideoSettings


T = TypeVar("T", bound="StandardOmniVideoRequest")


@_attrs_define
class StandardOmniVideoRequest:
    """Body of `POST /omni-video/{model}`: `contents[]` (prompt, frames, reference images, one reference video, elements),
    `settings`, `options`. Readings (FACTS-2026 §8): aspect_ratio "required without a first frame or reference video" is
    a warning (the 16:9 default may apply); the duration with reference videos is not judged beyond the map; O1 with a
    first frame alone takes 5 or 10 s. Element-count limits by element kind are described only.

    """

    contents: list[StandardContent]
    settings: None | StandardVideoSettings | Unset = UNSET
    options: None | StandardOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.standard_options import StandardOptions  # noqa: PLC0415
        from ..models.standard_video_settings import StandardVideoSettings  # noqa: PLC0415

        contents = []
        for contents_item_data in self.contents:
            contents_item = contents_item_data.to_dict()
            contents.append(contents_item)

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, StandardVideoSettings):
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
        from ..models.standard_options import StandardOptions  # noqa: PLC0415
        from ..models.standard_video_settings import StandardVideoSettings  # noqa: PLC0415

        d = dict(src_dict)
        contents = []
        _contents = d.pop("contents")
        for contents_item_data in _contents:
            contents_item = StandardContent.from_dict(contents_item_data)

            contents.append(contents_item)

        def _parse_settings(data: object) -> None | StandardVideoSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = StandardVideoSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardVideoSettings | Unset, data)

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

        standard_omni_video_request = cls(
            contents=contents,
            settings=settings,
            options=options,
        )

        standard_omni_video_request.additional_properties = d
        return standard_omni_video_request

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
