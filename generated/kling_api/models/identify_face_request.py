from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentifyFaceRequest")


@_attrs_define
class IdentifyFaceRequest:
    """Body of `POST /v1/videos/identify-face` (after the baseline; a synchronous call, not a
    task: no `callback_url`, no `external_task_id`). Exactly one of `video_id` and `video_url`
    (`x-kling-rules`).

    """

    video_id: None | str | Unset = UNSET
    """ `id` of a Kling-generated video (`task_result.videos[].id`), generated within the last 30 days and at most
    60 s long. Exactly one of `video_id` and `video_url`. """
    video_url: None | str | Unset = UNSET
    """ URL of a video: .mp4 or .mov, at most 100 MB, 2-60 s long, 720p or 1080p, each side 512-2160 px. Exactly one
    of `video_id` and `video_url`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        identify_face_request = cls(
            video_id=video_id,
            video_url=video_url,
        )

        identify_face_request.additional_properties = d
        return identify_face_request

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
