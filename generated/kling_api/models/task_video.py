from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskVideo")


@_attrs_define
class TaskVideo:
    """A generated video (also `task_info.parent_video`)."""

    id: str | Unset = UNSET
    """ Globally unique video id; the `video_id` input of video extend and lip sync (for 30 days). """
    url: str | Unset = UNSET
    """ Download URL of the video (deleted 30 days after generation). """
    duration: str | Unset = UNSET
    """ Length in seconds, as a string such as "5", "10" or "5.1"; not an enum. """
    session_id: str | Unset = UNSET
    """ Multi-elements (and avatar, lip sync): the session the video belongs to. """
    watermark_url: str | Unset = UNSET
    """ Download URL of the watermarked copy, when the create asked for one with `watermark_info` (after the
    baseline). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        duration = self.duration

        session_id = self.session_id

        watermark_url = self.watermark_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if watermark_url is not UNSET:
            field_dict["watermark_url"] = watermark_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        duration = d.pop("duration", UNSET)

        session_id = d.pop("session_id", UNSET)

        watermark_url = d.pop("watermark_url", UNSET)

        task_video = cls(
            id=id,
            url=url,
            duration=duration,
            session_id=session_id,
            watermark_url=watermark_url,
        )

        task_video.additional_properties = d
        return task_video

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
