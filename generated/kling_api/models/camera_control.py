from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.camera_control_type import CameraControlType, check_camera_control_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_config import CameraConfig


T = TypeVar("T", bound="CameraControl")


@_attrs_define
class CameraControl:
    """Camera movement. When absent the model chooses the motion itself. `type` is optional in the table but needed in
    practice when the object is sent. `config` is required for `simple` and must be absent or empty for the four preset
    types; in `config` exactly one field is non-zero. Supported only by some model/mode/duration combinations (see the
    request's `x-kling-capabilities`).

    """

    type_: CameraControlType | Unset = UNSET
    """ `simple`: the movement given in `config`. `down_back`: the camera descends and pulls back. `forward_up`:
    pushes in and tilts up. `right_turn_forward` / `left_turn_forward`: turns right / left, then advances. """
    config: CameraConfig | Unset = UNSET
    """ Movement for camera type `simple`: exactly one field non-zero, the others 0 or absent. Each value is a
    number in [-10, 10] (the documentation says float; whole numbers are common). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_config import CameraConfig  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: CameraControlType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_camera_control_type(_type_)

        _config = d.pop("config", UNSET)
        config: CameraConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CameraConfig.from_dict(_config)

        camera_control = cls(
            type_=type_,
            config=config,
        )

        camera_control.additional_properties = d
        return camera_control

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
