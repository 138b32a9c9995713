from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteElementRequest")


@_attrs_define
class DeleteElementRequest:
    """Body of `POST /v1/general/delete-advanced-elements` and `/v1/general/delete-elements`. Custom elements only. The
    documents type the id as a string; element results give an integer: both are accepted.

    """

    element_id: int | str
    """ The custom element to delete. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element_id: int | str
        element_id = self.element_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "element_id": element_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_element_id(data: object) -> int | str:
            return cast(int | str, data)

        element_id = _parse_element_id(d.pop("element_id"))

        delete_element_request = cls(
            element_id=element_id,
        )

        delete_element_request.additional_properties = d
        return delete_element_request

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
