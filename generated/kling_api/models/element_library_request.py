from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.element_reference_type import (
    ElementReferenceType,
    check_element_reference_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_image_list import ElementImageList
    from ..models.element_tag import ElementTag
    from ..models.element_video_list import ElementVideoList


T = TypeVar("T", bound="ElementLibraryRequest")


@_attrs_define
class ElementLibraryRequest:
    """Body of `POST /v1/general/advanced-custom-elements` (FACTS-2026 §4.4). Rules
    (`x-kling-rules`): `element_image_list` is required with `image_refer`,
    `element_video_list` with `video_refer`; a video list with `image_refer` is ignored
    (warning). A video containing a voice also creates a custom voice bound to the element.

    """

    element_name: str
    """ Name of the element, at most 20 characters. """
    element_description: str
    """ Description of the element, at most 100 characters. """
    reference_type: ElementReferenceType
    """ `image_refer`: a multi-image element; `video_refer`: a video character element. """
    element_image_list: ElementImageList | None | Unset = UNSET
    element_video_list: ElementVideoList | None | Unset = UNSET
    element_voice_id: None | str | Unset = UNSET
    """ A voice to bind to the element (a character); unset means no voice. """
    tag_list: list[ElementTag] | None | Unset = UNSET
    """ Tags of the element. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object at every status change. """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id, unique within the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.element_image_list import ElementImageList  # noqa: PLC0415
        from ..models.element_video_list import ElementVideoList  # noqa: PLC0415

        element_name = self.element_name

        element_description = self.element_description

        reference_type: str = self.reference_type

        element_image_list: dict[str, Any] | None | Unset
        if isinstance(self.element_image_list, Unset):
            element_image_list = UNSET
        elif isinstance(self.element_image_list, ElementImageList):
            element_image_list = self.element_image_list.to_dict()
        else:
            element_image_list = self.element_image_list

        element_video_list: dict[str, Any] | None | Unset
        if isinstance(self.element_video_list, Unset):
            element_video_list = UNSET
        elif isinstance(self.element_video_list, ElementVideoList):
            element_video_list = self.element_video_list.to_dict()
        else:
            element_video_list = self.element_video_list

        element_voice_id: None | str | Unset
        if isinstance(self.element_voice_id, Unset):
            element_voice_id = UNSET
        else:
            element_voice_id = self.element_voice_id

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

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        external_task_id: None | str | Unset
        if isinstance(self.external_task_id, Unset):
            external_task_id = UNSET
        else:
            external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "element_name": element_name,
                "element_description": element_description,
                "reference_type": reference_type,
            }
        )
        if element_image_list is not UNSET:
            field_dict["element_image_list"] = element_image_list
        if element_video_list is not UNSET:
            field_dict["element_video_list"] = element_video_list
        if element_voice_id is not UNSET:
            field_dict["element_voice_id"] = element_voice_id
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_image_list import ElementImageList  # noqa: PLC0415
        from ..models.element_tag import ElementTag  # noqa: PLC0415
        from ..models.element_video_list import ElementVideoList  # noqa: PLC0415

        d = dict(src_dict)
        element_name = d.pop("element_name")

        element_description = d.pop("element_description")

        reference_type = check_element_reference_type(d.pop("reference_type"))

        def _parse_element_image_list(data: object) -> ElementImageList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                element_image_list_type_0 = ElementImageList.from_dict(data)

                return element_image_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ElementImageList | None | Unset, data)

        element_image_list = _parse_element_image_list(d.pop("element_image_list", UNSET))

        def _parse_element_video_list(data: object) -> ElementVideoList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                element_video_list_type_0 = ElementVideoList.from_dict(data)

                return element_video_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ElementVideoList | None | Unset, data)

        element_video_list = _parse_element_video_list(d.pop("element_video_list", UNSET))

        def _parse_element_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        element_voice_id = _parse_element_voice_id(d.pop("element_voice_id", UNSET))

        def _parse_tag_list(data: object) -> list[ElementTag] | None | Unset:
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
                    tag_list_type_0_item = ElementTag.from_dict(tag_list_type_0_item_data)

                    tag_list_type_0.append(tag_list_type_0_item)

                return tag_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ElementTag] | None | Unset, data)

        tag_list = _parse_tag_list(d.pop("tag_list", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_external_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_task_id = _parse_external_task_id(d.pop("external_task_id", UNSET))

        element_library_request = cls(
            element_name=element_name,
            element_description=element_description,
            reference_type=reference_type,
            element_image_list=element_image_list,
            element_video_list=element_video_list,
            element_voice_id=element_voice_id,
            tag_list=tag_list,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        element_library_request.additional_properties = d
        return element_library_request

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
