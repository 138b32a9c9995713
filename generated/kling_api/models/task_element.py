from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_element_element_image_list_type_0 import (
        TaskElementElementImageListType0,
    )
    from ..models.task_element_element_video_list_type_0 import (
        TaskElementElementVideoListType0,
    )
    from ..models.task_element_tag_list_type_0_item import TaskElementTagListType0Item
    from ..models.task_voice import TaskVoice


T = TypeVar("T", bound="TaskElement")


@_attrs_define
class TaskElement:
    """An element of the element library (custom or preset). Lenient: every field optional. `element_id` is an integer here
    and may be a string elsewhere (FACTS-2026 §8 #6).

    """

    element_id: int | str | Unset = UNSET
    """ Element id; the `element_list[].element_id` input of image and video creates. """
    element_name: str | Unset = UNSET
    """ Element name. """
    element_description: str | Unset = UNSET
    """ Element description. """
    reference_type: str | Unset = UNSET
    """ `image_refer` (multi-image element) or `video_refer` (video character). """
    element_image_list: None | TaskElementElementImageListType0 | Unset = UNSET
    """ The reference images, as sent on create. """
    element_video_list: None | TaskElementElementVideoListType0 | Unset = UNSET
    """ The reference video, as sent on create. """
    element_voice_info: None | TaskVoice | Unset = UNSET
    """ The voice bound to the element, if any. """
    tag_list: list[TaskElementTagListType0Item] | None | Unset = UNSET
    """ The element's tags (`tag_id`, and a name and description in answers). """
    owned_by: str | Unset = UNSET
    """ `kling` for the official library, else the creator's id. """
    status: str | Unset = UNSET
    """ `succeed` (usable) or `deleted`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_element_element_image_list_type_0 import (
            TaskElementElementImageListType0,  # noqa: PLC0415
        )
        from ..models.task_element_element_video_list_type_0 import (
            TaskElementElementVideoListType0,  # noqa: PLC0415
        )
        from ..models.task_voice import TaskVoice  # noqa: PLC0415

        element_id: int | str | Unset
        if isinstance(self.element_id, Unset):
            element_id = UNSET
        else:
            element_id = self.element_id

        element_name = self.element_name

        element_description = self.element_description

        reference_type = self.reference_type

        element_image_list: dict[str, Any] | None | Unset
        if isinstance(self.element_image_list, Unset):
            element_image_list = UNSET
        elif isinstance(self.element_image_list, TaskElementElementImageListType0):
            element_image_list = self.element_image_list.to_dict()
        else:
            element_image_list = self.element_image_list

        element_video_list: dict[str, Any] | None | Unset
        if isinstance(self.element_video_list, Unset):
            element_video_list = UNSET
        elif isinstance(self.element_video_list, TaskElementElementVideoListType0):
            element_video_list = self.element_video_list.to_dict()
        else:
            element_video_list = self.element_video_list

        element_voice_info: dict[str, Any] | None | Unset
        if isinstance(self.element_voice_info, Unset):
            element_voice_info = UNSET
        elif isinstance(self.element_voice_info, TaskVoice):
            element_voice_info = self.element_voice_info.to_dict()
        else:
            element_voice_info = self.element_voice_info

        tag_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, list):
            tag_list = []
            for tag_list_type_0_item_data in self.tag_list:
                tag_list_type_0_item = tag_list_type_0_item_data.to_dict()
                tag_list.append(tag_list_type_0_item)

        else:
            tag_list = self.tag_list

        owned_by = self.owned_by

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if element_id is not UNSET:
            field_dict["element_id"] = element_id
        if element_name is not UNSET:
            field_dict["element_name"] = element_name
        if element_description is not UNSET:
            field_dict["element_description"] = element_description
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if element_image_list is not UNSET:
            field_dict["element_image_list"] = element_image_list
        if element_video_list is not UNSET:
            field_dict["element_video_list"] = element_video_list
        if element_voice_info is not UNSET:
            field_dict["element_voice_info"] = element_voice_info
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_element_element_image_list_type_0 import (
            TaskElementElementImageListType0,  # noqa: PLC0415
        )
        from ..models.task_element_element_video_list_type_0 import (
            TaskElementElementVideoListType0,  # noqa: PLC0415
        )
        from ..models.task_element_tag_list_type_0_item import (
            TaskElementTagListType0Item,  # noqa: PLC0415
        )
        from ..models.task_voice import TaskVoice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_element_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        element_id = _parse_element_id(d.pop("element_id", UNSET))

        element_name = d.pop("element_name", UNSET)

        element_description = d.pop("element_description", UNSET)

        reference_type = d.pop("reference_type", UNSET)

        def _parse_element_image_list(
            data: object,
        ) -> None | TaskElementElementImageListType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                element_image_list_type_0 = TaskElementElementImageListType0.from_dict(data)

                return element_image_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskElementElementImageListType0 | Unset, data)

        element_image_list = _parse_element_image_list(d.pop("element_image_list", UNSET))

        def _parse_element_video_list(
            data: object,
        ) -> None | TaskElementElementVideoListType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                element_video_list_type_0 = TaskElementElementVideoListType0.from_dict(data)

                return element_video_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskElementElementVideoListType0 | Unset, data)

        element_video_list = _parse_element_video_list(d.pop("element_video_list", UNSET))

        def _parse_element_voice_info(data: object) -> None | TaskVoice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                element_voice_info_type_0 = TaskVoice.from_dict(data)

                return element_voice_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskVoice | Unset, data)

        element_voice_info = _parse_element_voice_info(d.pop("element_voice_info", UNSET))

        def _parse_tag_list(data: object) -> list[TaskElementTagListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tag_list_type_0 = []
                _tag_list_type_0 = data
                for tag_list_type_0_item_data in _tag_list_type_0:
                    tag_list_type_0_item = TaskElementTagListType0Item.from_dict(
                        tag_list_type_0_item_data
                    )

                    tag_list_type_0.append(tag_list_type_0_item)

                return tag_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskElementTagListType0Item] | None | Unset, data)

        tag_list = _parse_tag_list(d.pop("tag_list", UNSET))

        owned_by = d.pop("owned_by", UNSET)

        status = d.pop("status", UNSET)

        task_element = cls(
            element_id=element_id,
            element_name=element_name,
            element_description=element_description,
            reference_type=reference_type,
            element_image_list=element_image_list,
            element_video_list=element_video_list,
            element_voice_info=element_voice_info,
            tag_list=tag_list,
            owned_by=owned_by,
            status=status,
        )

        task_element.additional_properties = d
        return task_element

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
