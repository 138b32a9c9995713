from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trajectory_point import TrajectoryPoint


T = TypeVar("T", bound="DynamicMask")


@_attrs_define
class DynamicMask:
    """One motion-brush group: a mask area and the trajectory it follows."""

    mask: str
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". `x-kling-media` is what the client checks in a file or bytes it encodes
    itself (10 MB read as MiB, 10485760 bytes: the permissive reading; the format by the file's content). """
    trajectories: list[TrajectoryPoint]
    """ Trajectory of the masked area: 2 to 77 points for a 5 s video, joined in the given order (two points give a
    straight line). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mask = self.mask

        trajectories = []
        for trajectories_item_data in self.trajectories:
            trajectories_item = trajectories_item_data.to_dict()
            trajectories.append(trajectories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mask": mask,
                "trajectories": trajectories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trajectory_point import TrajectoryPoint  # noqa: PLC0415

        d = dict(src_dict)
        mask = d.pop("mask")

        trajectories = []
        _trajectories = d.pop("trajectories")
        for trajectories_item_data in _trajectories:
            trajectories_item = TrajectoryPoint.from_dict(trajectories_item_data)

            trajectories.append(trajectories_item)

        dynamic_mask = cls(
            mask=mask,
            trajectories=trajectories,
        )

        dynamic_mask.additional_properties = d
        return dynamic_mask

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
