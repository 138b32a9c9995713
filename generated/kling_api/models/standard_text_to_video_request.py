from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_options import StandardOptions
    from ..models.standard_video_settings import StandardVideoSettings


T = TypeVar("T", bound="StandardTextToVideoRequest")


@_attrs_define
class StandardTextToVideoRequest:
    """Body of `POST /text-to-video/{model}`: a top-level `prompt` (negatives go in the prompt; 3072 characters for the 3.0
    family, 2500 for the others), `settings`, `options`. Server defaults: resolution `720p`, aspect_ratio `16:9`,
    duration 5, audio `off`.

    """

    prompt: str
    """ What to generate (multi-shot syntax `shot n, m, words;` on the 3.0 family). """
    settings: None | StandardVideoSettings | Unset = UNSET
    options: None | StandardOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.standard_options import StandardOptions  # noqa: PLC0415
        from ..models.standard_video_settings import StandardVideoSettings  # noqa: PLC0415

        prompt = self.prompt

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
                "prompt": prompt,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_options import StandardOptions  # noqa: PLC0415
        from ..models.standard_video_settings import StandardVideoSettings  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

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

        standard_text_to_video_request = cls(
            prompt=prompt,
            settings=settings,
            options=options,
        )

        standard_text_to_video_request.additional_properties = d
        return standard_text_to_video_request

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
