from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selection_mask import SelectionMask


T = TypeVar("T", bound="SelectionRes")


@_attrs_define
class SelectionRes:
    """The masks of a frame, or the preview of the whole selection."""

    frame_index: int | Unset = UNSET
    """ The frame the masks belong to. """
    rle_mask_list: list[SelectionMask] | None | Unset = UNSET
    """ One mask per selected object. """
    video: str | Unset = UNSET
    """ URL of the video with the masks drawn (preview). """
    video_cover: str | Unset = UNSET
    """ URL of that video's cover image (preview). """
    tracking_output: str | Unset = UNSET
    """ URL of the per-frame masks (preview). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_index = self.frame_index

        rle_mask_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.rle_mask_list, Unset):
            rle_mask_list = UNSET
        elif isinstance(self.rle_mask_list, list):
            rle_mask_list = []
            for rle_mask_list_type_0_item_data in self.rle_mask_list:
                rle_mask_list_type_0_item = rle_mask_list_type_0_item_data.to_dict()
                rle_mask_list.append(rle_mask_list_type_0_item)

        else:
            rle_mask_list = self.rle_mask_list

        video = self.video

        video_cover = self.video_cover

        tracking_output = self.tracking_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frame_index is not UNSET:
            field_dict["frame_index"] = frame_index
        if rle_mask_list is not UNSET:
            field_dict["rle_mask_list"] = rle_mask_list
        if video is not UNSET:
            field_dict["video"] = video
        if video_cover is not UNSET:
            field_dict["video_cover"] = video_cover
        if tracking_output is not UNSET:
            field_dict["tracking_output"] = tracking_output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selection_mask import SelectionMask  # noqa: PLC0415

        d = dict(src_dict)
        frame_index = d.pop("frame_index", UNSET)

        def _parse_rle_mask_list(data: object) -> list[SelectionMask] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rle_mask_list_type_0 = []
                _rle_mask_list_type_0 = data
                for rle_mask_list_type_0_item_data in _rle_mask_list_type_0:
                    rle_mask_list_type_0_item = SelectionMask.from_dict(
                        rle_mask_list_type_0_item_data
                    )

                    rle_mask_list_type_0.append(rle_mask_list_type_0_item)

                return rle_mask_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SelectionMask] | None | Unset, data)

        rle_mask_list = _parse_rle_mask_list(d.pop("rle_mask_list", UNSET))

        video = d.pop("video", UNSET)

        video_cover = d.pop("video_cover", UNSET)

        tracking_output = d.pop("tracking_output", UNSET)

        selection_res = cls(
            frame_index=frame_index,
            rle_mask_list=rle_mask_list,
            video=video,
            video_cover=video_cover,
            tracking_output=tracking_output,
        )

        selection_res.additional_properties = d
        return selection_res

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
