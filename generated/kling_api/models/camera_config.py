from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CameraConfig")


@_attrs_define
class CameraConfig:
    """Movement for camera type `simple`: exactly one field non-zero, the others 0 or absent. Each value is a number in
    [-10, 10] (the documentation says float; whole numbers are common).

    """

    horizontal: float | None | Unset = UNSET
    """ Translation along the x axis; negative = left. """
    vertical: float | None | Unset = UNSET
    """ Translation along the y axis; negative = down. """
    pan: float | None | Unset = UNSET
    """ Camera rotation. The English documentation: rotation in the vertical plane about the x axis, negative =
    down; the Chinese documentation describes it the other way round (horizontal swing). Both readings are kept; the
    axis is not validated. """
    tilt: float | None | Unset = UNSET
    """ Camera rotation. The English documentation: rotation in the horizontal plane about the y axis, negative =
    left; the Chinese documentation swaps it with `pan`. The axis is not validated. """
    roll: float | None | Unset = UNSET
    """ Rotation about the z axis; negative = counter-clockwise. """
    zoom: float | None | Unset = UNSET
    """ Focal-length change; negative = longer focal length (narrower view), positive = wider view. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        horizontal: float | None | Unset
        if isinstance(self.horizontal, Unset):
            horizontal = UNSET
        else:
            horizontal = self.horizontal

        vertical: float | None | Unset
        if isinstance(self.vertical, Unset):
            vertical = UNSET
        else:
            vertical = self.vertical

        pan: float | None | Unset
        if isinstance(self.pan, Unset):
            pan = UNSET
        else:
            pan = self.pan

        tilt: float | None | Unset
        if isinstance(self.tilt, Unset):
            tilt = UNSET
        else:
            tilt = self.tilt

        roll: float | None | Unset
        if isinstance(self.roll, Unset):
            roll = UNSET
        else:
            roll = self.roll

        zoom: float | None | Unset
        if isinstance(self.zoom, Unset):
            zoom = UNSET
        else:
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

        def _parse_horizontal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        horizontal = _parse_horizontal(d.pop("horizontal", UNSET))

        def _parse_vertical(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vertical = _parse_vertical(d.pop("vertical", UNSET))

        def _parse_pan(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pan = _parse_pan(d.pop("pan", UNSET))

        def _parse_tilt(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tilt = _parse_tilt(d.pop("tilt", UNSET))

        def _parse_roll(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        roll = _parse_roll(d.pop("roll", UNSET))

        def _parse_zoom(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        zoom = _parse_zoom(d.pop("zoom", UNSET))

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
