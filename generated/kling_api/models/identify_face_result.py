from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.identified_face import IdentifiedFace


T = TypeVar("T", bound="IdentifyFaceResult")


@_attrs_define
class IdentifyFaceResult:
    """The answer of identify face. All fields optional (lenient)."""

    session_id: str | Unset = UNSET
    """ Id of the face-identification session: the `session_id` input of advanced lip sync. How long it stays valid
    is not documented. """
    final_unit_deduction: None | str | Unset = UNSET
    """ Units charged for the identification, as a string. """
    face_data: list[IdentifiedFace] | None | Unset = UNSET
    """ The faces found; empty when the video shows none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        final_unit_deduction: None | str | Unset
        if isinstance(self.final_unit_deduction, Unset):
            final_unit_deduction = UNSET
        else:
            final_unit_deduction = self.final_unit_deduction

        face_data: list[dict[str, Any]] | None | Unset
        if isinstance(self.face_data, Unset):
            face_data = UNSET
        elif isinstance(self.face_data, list):
            face_data = []
            for face_data_type_0_item_data in self.face_data:
                face_data_type_0_item = face_data_type_0_item_data.to_dict()
                face_data.append(face_data_type_0_item)

        else:
            face_data = self.face_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if final_unit_deduction is not UNSET:
            field_dict["final_unit_deduction"] = final_unit_deduction
        if face_data is not UNSET:
            field_dict["face_data"] = face_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identified_face import IdentifiedFace  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id", UNSET)

        def _parse_final_unit_deduction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_unit_deduction = _parse_final_unit_deduction(d.pop("final_unit_deduction", UNSET))

        def _parse_face_data(data: object) -> list[IdentifiedFace] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                face_data_type_0 = []
                _face_data_type_0 = data
                for face_data_type_0_item_data in _face_data_type_0:
                    face_data_type_0_item = IdentifiedFace.from_dict(face_data_type_0_item_data)

                    face_data_type_0.append(face_data_type_0_item)

                return face_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IdentifiedFace] | None | Unset, data)

        face_data = _parse_face_data(d.pop("face_data", UNSET))

        identify_face_result = cls(
            session_id=session_id,
            final_unit_deduction=final_unit_deduction,
            face_data=face_data,
        )

        identify_face_result.additional_properties = d
        return identify_face_result

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
