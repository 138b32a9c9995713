from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CameraConfig")


@_attrs_define
class CameraConfig:
    """Movement for camera type `simple`: exactly one field non-zero, the others 0 or absent. Each value is a number in
    [-10, 10] (the documentation says float; whole numbers are common).

    """

    horizontal: float | Unset = UNSET
    """ Translation along the x axis; negative = left. """
    vertical: float | Unset = UNSET
    """ Translation along the y axis; negative = down. """
    pan: float | Unset = UNSET
    """ Camera rotation. The English documentation: rotation in the vertical plane about the x axis, negative =
    down; the Chinese documentation describes it the other way round (horizontal swing). Both readings are kept; the
    axis is not validated. """
    tilt: float | Unset = UNSET
    """ Camera rotation. The English documentation: rotation in the horizontal plane about the y axis, negative =
    left; the Chinese documentation swaps it with `pan`. The axis is not validated. """
    roll: float | Unset = UNSET
    """ Rotation about the z axis; negative = counter-clockwise. """
    zoom: float | Unset = UNSET
    """ Focal-length change; negative = longer focal length (narrower view), positive = wider view. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        horizontal = self.horizontal

        vertical = self.vertical

        pan = self.pan

        tilt = self.tilt

        roll = self.roll

        zoom = self.zoom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if horizontal is not UNSET:
            field_dict["horizontal"] = horizontal
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if pan is not UNSET:
            field_dict["pan"] = pan
        if tilt is not UNSET:
            field_dict["tilt"] = tilt
        if roll is not UNSET:
            field_dict["roll"] = roll
        if zoom is not UNSET:
            field_dict["zoom"] = zoom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        horizontal = d.pop("horizontal", UNSET)

        vertical = d.pop("vertical", UNSET)

        pan = d.pop("pan", UNSET)

        tilt = d.pop("tilt", UNSET)

        roll = d.pop("roll", UNSET)

        zoom = d.pop("zoom", UNSET)

        camera_config = cls(
            horizontal=horizontal,
            vertical=vertical,
            pan=pan,
            tilt=tilt,
            roll=roll,
            zoom=zoom,
        )

        camera_config.additional_properties = d
        return camera_config

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
