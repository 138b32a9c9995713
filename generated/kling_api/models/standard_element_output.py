from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_element_output_type import (
    StandardElementOutputType,
    check_standard_element_output_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_element_reference import StandardElementReference
    from ..models.standard_element_tag import StandardElementTag


T = TypeVar("T", bound="StandardElementOutput")


@_attrs_define
class StandardElementOutput:
    """An element (`type` element): `element_type` video_character_elements or multi_image_elements, with `references[]`
    (or `materials[]`) and `tags[]`.

    """

    type_: StandardElementOutputType
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    element_type: str | Unset = UNSET
    references: list[StandardElementReference] | Unset = UNSET
    materials: list[StandardElementReference] | Unset = UNSET
    owned_by: str | Unset = UNSET
    status: str | Unset = UNSET
    tags: list[StandardElementTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        name = self.name

        description = self.description

        element_type = self.element_type

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = []
            for materials_item_data in self.materials:
                materials_item = materials_item_data.to_dict()
                materials.append(materials_item)

        owned_by = self.owned_by

        status = self.status

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if element_type is not UNSET:
            field_dict["element_type"] = element_type
        if references is not UNSET:
            field_dict["references"] = references
        if materials is not UNSET:
            field_dict["materials"] = materials
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_element_reference import StandardElementReference  # noqa: PLC0415
        from ..models.standard_element_tag import StandardElementTag  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_standard_element_output_type(d.pop("type"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        element_type = d.pop("element_type", UNSET)

        _references = d.pop("references", UNSET)
        references: list[StandardElementReference] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = StandardElementReference.from_dict(references_item_data)

                references.append(references_item)

        _materials = d.pop("materials", UNSET)
        materials: list[StandardElementReference] | Unset = UNSET
        if _materials is not UNSET:
            materials = []
            for materials_item_data in _materials:
                materials_item = StandardElementReference.from_dict(materials_item_data)

                materials.append(materials_item)

        owned_by = d.pop("owned_by", UNSET)

        status = d.pop("status", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[StandardElementTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = StandardElementTag.from_dict(tags_item_data)

                tags.append(tags_item)

        standard_element_output = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            element_type=element_type,
            references=references,
            materials=materials,
            owned_by=owned_by,
            status=status,
            tags=tags,
        )

        standard_element_output.additional_properties = d
        return standard_element_output

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
