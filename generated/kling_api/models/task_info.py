from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_video import TaskVideo


T = TypeVar("T", bound="TaskInfo")


@_attrs_define
class TaskInfo:
    """Creation parameters echoed back by the server. All fields optional."""

    external_task_id: None | str | Unset = UNSET
    """ The caller's own id, as sent on create (empty or absent when none was sent). """
    parent_video: None | TaskVideo | Unset = UNSET
    """ Video extend (and later lip-sync forms) only: the source video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_video import TaskVideo  # noqa: PLC0415

        external_task_id: None | str | Unset
        if isinstance(self.external_task_id, Unset):
            external_task_id = UNSET
        else:
            external_task_id = self.external_task_id

        parent_video: dict[str, Any] | None | Unset
        if isinstance(self.parent_video, Unset):
            parent_video = UNSET
        elif isinstance(self.parent_video, TaskVideo):
            parent_video = self.parent_video.to_dict()
        else:
            parent_video = self.parent_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id
        if parent_video is not UNSET:
            field_dict["parent_video"] = parent_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_video import TaskVideo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_task_id = _parse_external_task_id(d.pop("external_task_id", UNSET))

        def _parse_parent_video(data: object) -> None | TaskVideo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_video_type_0 = TaskVideo.from_dict(data)

                return parent_video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskVideo | Unset, data)

        parent_video = _parse_parent_video(d.pop("parent_video", UNSET))

        task_info = cls(
            external_task_id=external_task_id,
            parent_video=parent_video,
        )

        task_info.additional_properties = d
        return task_info

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
