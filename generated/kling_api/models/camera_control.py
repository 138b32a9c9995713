from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

    type_: CameraControlType | None | Unset = UNSET
    config: CameraConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.camera_config import CameraConfig  # noqa: PLC0415

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, CameraConfig):
            config = self.config.to_dict()
        else:
            config = self.config

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

        def _parse_type_(data: object) -> CameraControlType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_camera_control_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CameraControlType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_config(data: object) -> CameraConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = CameraConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CameraConfig | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

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
