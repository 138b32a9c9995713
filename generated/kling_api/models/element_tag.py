from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.element_tag_id import ElementTagId, check_element_tag_id

T = TypeVar("T", bound="ElementTag")


@_attrs_define
class ElementTag:
    """A tag of the element."""

    tag_id: ElementTagId | str
    """ Tag id (o_101 to o_108). Open enum. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id: str
        if isinstance(self.tag_id, str):
            tag_id = self.tag_id
        else:
            tag_id = self.tag_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag_id": tag_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_tag_id(data: object) -> ElementTagId | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tag_id_type_0 = check_element_tag_id(data)

                return tag_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ElementTagId | str, data)

        tag_id = _parse_tag_id(d.pop("tag_id"))

        element_tag = cls(
            tag_id=tag_id,
        )

        element_tag.additional_properties = d
        return element_tag

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
