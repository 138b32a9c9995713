from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentifiedFace")


@_attrs_define
class IdentifiedFace:
    """A face found in the video, with the time range in which it appears."""

    face_id: str | Unset = UNSET
    """ Id of the face within the session (the `face_choose[].face_id` input). """
    face_image: str | Unset = UNSET
    """ URL of a picture of the face, to let a person choose. """
    start_time: int | Unset = UNSET
    """ Start of the range in which the face appears, in milliseconds from the start. """
    end_time: int | Unset = UNSET
    """ End of that range, in milliseconds from the start. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        face_image = self.face_image

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if face_id is not UNSET:
            field_dict["face_id"] = face_id
        if face_image is not UNSET:
            field_dict["face_image"] = face_image
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_id = d.pop("face_id", UNSET)

        face_image = d.pop("face_image", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        identified_face = cls(
            face_id=face_id,
            face_image=face_image,
            start_time=start_time,
            end_time=end_time,
        )

        identified_face.additional_properties = d
        return identified_face

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
